/**
 * The self-correction flow's errors and when to ask (QUALITY.md E, I, J), wave 22. Reads only the dialogue record.
 * - `guess_not_key`: a rejected guess cites a value the service never looks up among records — a count, a date,
 *   a flag, a free text, or a field a create sets ("adults 3 does not match any record"): such a call succeeds.
 * - `guess_real_value`: the guess the service says matches nothing is a real road, country, currency or airport
 *   code ("No road found with roadId A7"): the world has it.
 * - `vague_guess_fix`: the turn after a rejected guess says neither what was guessed nor what went wrong
 *   ("Apologies, I need the real value."): it names the guessed value and asks for it by its spoken name.
 * - `open_domain_pick`: the assistant offers a few records of an open domain (countries, currencies, languages,
 *   time zones) to pick from; the user simply names theirs.
 */
import type { DialogueRecord, Turn } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { airportOf, autobahnRoute, countryFacts, currencyFacts } from '../world/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ERRORS22_INVARIANTS = ['guess_not_key', 'guess_real_value', 'vague_guess_fix', 'open_domain_pick'] as const satisfies readonly InvariantId[];

/** "adults 3 does not match any record" / "No offer found with offerId \"OF-1\"": the argument the service looked up. */
const NO_MATCH = /^(\S+) .* does not match any record|^No .+? found with (\S+) /;
/** A name that keys a record: an id, key, code, slug, reference or number of one. */
const KEY_NAME = /(?:^|[_a-z])(?:id|Id|ID|ids|Ids|IDs|key|Key|code|Code|slug|Slug|uuid|Uuid|guid|ref|Ref|number|Number)$/;
/** Requests that name neither the guess nor the failure. */
const VAGUE_FIX = /\b(the real value|a made-up value|made up a value)\b/i;
/** Open domains: a person names theirs. */
const OPEN_DOMAIN = /(?:^|_|[a-z])(?:country|Country|currency|Currency|language|Language|lang|Lang|locale|Locale|timezone|Timezone|TimeZone)(?:_?(?:code|Code|id|Id|iso|Iso|name|Name))?s?$|^(?:country|currency|language|lang|locale|timezone)/;

function realWorld(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (autobahnRoute(value) !== undefined) return true;
  return /^[A-Z]{2,3}$/.test(value) && (countryFacts(value) !== undefined || currencyFacts(value) !== undefined || airportOf(value) !== undefined);
}

function listLength(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  if (result === null || typeof result !== 'object') return 0;
  return Math.max(0, ...Object.values(result).map((v) => (Array.isArray(v) ? v.length : 0)));
}

function checkGuess(record: DialogueRecord, add: Add, at: number, wrong: Turn): void {
  if (wrong.speaker !== 'assistant' || !wrong.call) return;
  const tool = record.turns[at + 1];
  const message = tool?.speaker === 'tool' ? (tool.result as { error?: { message?: unknown } } | null)?.error?.message : undefined;
  const cited = typeof message === 'string' ? NO_MATCH.exec(message) : null;
  const param = cited?.[1] ?? cited?.[2];
  if (param === undefined || !(param in wrong.call.arguments)) return;
  const value = wrong.call.arguments[param];
  const op = record.operations[wrong.call.operation];
  const schema = ((op?.parameters as { properties?: Record<string, { type?: unknown; format?: unknown }> } | undefined)?.properties ?? {})[param] ?? {};
  const inPath = op?.path.includes(`{${param}}`) ?? false;
  const creates = op !== undefined && op.method.toUpperCase() === 'POST' && !inPath && !/(?:id|Id|ID)$/.test(param) && /\b(create|add|new|register|make)\b/i.test(op.description);
  const counted = schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean' || /^date(-time)?$/.test(String(schema.format ?? ''));
  if (creates || (!KEY_NAME.test(param) && !inPath) || (counted && !KEY_NAME.test(param))) {
    add('guess_not_key', at + 1, `the guessed ${param} ${JSON.stringify(value)} is rejected as matching no record, yet the service looks no record up by it`);
  }
  if (realWorld(value)) add('guess_real_value', at + 1, `the guessed ${param} ${JSON.stringify(value)} is real, yet the service says it matches nothing`);
  // The request that fixes the guess (it `corrects` the wrong call), or the first one after it.
  const ask = record.turns.find((t, n) => n > at && t.speaker === 'assistant' && t.action === 'request' && t.corrects === at) ?? record.turns.slice(at + 2).find((t) => t.speaker === 'assistant' && t.action === 'request');
  const text = ask?.speaker === 'assistant' ? ask.text ?? '' : '';
  if (text === '') return;
  const said = typeof value !== 'string' || value.length > 60 || text.toLowerCase().includes(value.toLowerCase()) || text.toLowerCase().includes(value.toLowerCase().replace(/_/g, ' '));
  if (VAGUE_FIX.test(text) || !said) add('vague_guess_fix', record.turns.indexOf(ask!), `"${text.slice(0, 60)}" does not say what was guessed (${JSON.stringify(value)})`);
}

export function checkErrors22(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant') return;
    if (turn.error?.kind === 'hallucinated_value') checkGuess(record, add, at, turn);
    else if (turn.action === 'request' && at > 0 && (turn.request ?? []).some((r) => OPEN_DOMAIN.test(r.param))) {
      const before = record.turns[at - 1]!;
      if (before.speaker === 'tool' && before.status === 'ok' && listLength(before.result) >= 2) {
        add('open_domain_pick', at, `"${(turn.text ?? '').slice(0, 60)}" offers a list to pick a ${(turn.request ?? []).map((r) => r.param).join(', ')} from; the user names theirs`);
      }
    }
  });
}
