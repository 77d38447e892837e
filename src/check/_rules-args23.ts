/**
 * Values a user gives for arguments follow the parameter's documentation (QUALITY.md E, H), wave 23.
 * `domain_not_domain`: a domain parameter (named `domain`, or documented "Any domain name") holds a domain, never
 * a shop's name "Rotterdam Bike Shop". `choice_outside_options`: a parameter documented "Choose 1 for PGA Tour or
 * 2 for LIV Tour" holds one of those codes, never "Jt0Zx04sGiG". `random_with_direction`: a list asked "in random
 * order" has no direction, so no call sends a sort key "random" beside "asc"/"desc". Reads only the record's calls and its operations'
 * parameter descriptions; calls the service rejected (a self-correction's wrong turn) are left alone.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ARGS23_INVARIANTS = ['domain_not_domain', 'choice_outside_options', 'random_with_direction'] as const satisfies readonly InvariantId[];

const DOMAIN_DESCRIBED = /^\s*(?:any|a|the|your|website'?s?|company'?s?)?\s*(?:web\s*site\s+)?domain(?:\s+name)?\b/i;
const DOMAIN_NAME = /^(domain|domain_?name)$/i;
/** A domain as typed: labels joined by dots, no spaces (a URL is accepted too). */
const DOMAIN_VALUE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/i;
const CHOICE_OPEN = /^\s*(?:choose|use|enter|select|pick|set|pass|specify)\b/i;
const CODE_FOR_OPTION = /(?:^|[\s,(])["'`]?([A-Za-z0-9]{1,6})["'`]?\s+(?:for|=|means)\s+(?:the\s+)?[A-Z][\w-]*/g;

function codesOf(description: string): string[] | undefined {
  if (!CHOICE_OPEN.test(description)) return undefined;
  const codes = [...description.replace(/\s+/g, ' ').matchAll(CODE_FOR_OPTION)].map((m) => m[1]!).filter((c) => !/^(choose|use|enter|select|pick|set|pass|specify|or|and)$/i.test(c));
  return codes.length >= 2 && codes.length <= 12 ? codes : undefined;
}

const one = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);

/** A sort or order key "random" beside a direction in one call's arguments. */
function randomWithDirection(args: Readonly<Record<string, unknown>>): boolean {
  let random = false;
  let direction = false;
  for (const [name, raw] of Object.entries(args)) {
    const value = one(raw);
    if (typeof value !== 'string') continue;
    if (/(order|sort)/i.test(name) && /^random(?:ly)?$/i.test(value)) random = true;
    else if (/^(?:asc|desc|ascending|descending)$/i.test(value)) direction = true;
  }
  return random && direction;
}

export function checkArgs23(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  for (let at = 0; at < turns.length; at++) {
    const turn = turns[at]!;
    if (turn.speaker !== 'assistant' || !turn.call) continue;
    const props = (record.operations[turn.call.operation]?.parameters as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties ?? {};
    const reply = turns.slice(at + 1).find((t) => t.speaker === 'tool' && t.call_id === turn.call!.id);
    if (reply && reply.speaker === 'tool' && reply.status !== 'ok') continue;
    if (randomWithDirection(turn.call.arguments)) add('random_with_direction', at, 'a call sends a sort key "random" beside a direction');
    for (const [name, value] of Object.entries(turn.call.arguments)) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const description = typeof props[name]?.description === 'string' ? (props[name]!.description as string) : '';
      const text = String(value).trim();
      if (typeof value === 'string' && (DOMAIN_NAME.test(name) || DOMAIN_DESCRIBED.test(description)) && text !== '' && !DOMAIN_VALUE.test(text)) {
        add('domain_not_domain', at, `a domain parameter "${name}" holds "${text}", which is no domain`);
      }
      const codes = description !== '' ? codesOf(description) : undefined;
      if (codes && !codes.includes(text)) add('choice_outside_options', at, `"${name}" holds "${text}", none of the options its description gives (${codes.join(', ')})`);
    }
  }
}
