/**
 * What a call sends and what its reply says, wave 20 (QUALITY.md H, I, F, G). Reads only the dialogue record.
 * - `partner_absent`: an optional argument whose description makes it act only beside another ("If bufferMetres
 *   is specified, the number of line segments …") is never sent without that other.
 * - `not_null_omitted`: an argument whose description says it "must not be null" is sent, whatever the spec's
 *   `required` says (Jira's removeWatcher without a username).
 * - `removal_unnamed`: after a removal that named a person (`username: miap`), the reply names them, never only
 *   "I removed the user".
 * - `written_text_unsaid`: the user asked for messages, comments or notes, the result's items carry their text,
 *   and the reply says none of it (only a subject, a status and a date).
 * - `determiner_pileup`: no text says two determiners in a row ("invalidate the any current WebSudo session").
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Props = Record<string, { description?: unknown }>;

export const ACTS20_INVARIANTS = ['partner_absent', 'not_null_omitted', 'removal_unnamed', 'written_text_unsaid', 'determiner_pileup'] as const satisfies readonly InvariantId[];

const SET = '(?:specified|given|set|provided|supplied|present|passed|included)';
const PARTNER = [
  new RegExp(`^\\s*(?:only\\s+)?(?:if|when)\\s+[\`'"]?([A-Za-z_][\\w.-]*)[\`'"]?\\s+(?:is|are)\\s+(?:also\\s+)?(?:${SET}|used)\\b`, 'i'),
  new RegExp(`\\b(?:only\\s+(?:used|applies|applied|valid|relevant|considered|effective)|(?:used|applies|applied|valid|relevant|considered|effective)\\s+only)\\s+(?:if|when)\\s+[\`'"]?([A-Za-z_][\\w.-]*)[\`'"]?\\s+(?:is|are)\\s+(?:also\\s+)?${SET}\\b`, 'i'),
  new RegExp(`\\bignored\\s+unless\\s+[\`'"]?([A-Za-z_][\\w.-]*)[\`'"]?\\s+(?:is|are)\\s+(?:also\\s+)?${SET}\\b`, 'i'),
];
const NOT_NULL = /\b(?:must|may|can|should)\s*(?:not|n[o']t)\s+be\s+(?:null|empty|blank|omitted)\b|\bcannot\s+be\s+(?:null|empty|blank|omitted)\b/i;

function partnerOf(description: string): string | undefined {
  const text = description.slice(0, 300);
  for (const re of PARTNER) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

function checkCalls(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) return;
    const op = record.operations[turn.call.operation];
    const props = ((op?.parameters as { properties?: Props } | undefined)?.properties ?? {}) as Props;
    const args = (turn.call.arguments ?? {}) as Record<string, unknown>;
    for (const [name, prop] of Object.entries(props)) {
      const description = typeof prop?.description === 'string' ? prop.description : '';
      if (description === '') continue;
      const partner = name in args ? partnerOf(description) : undefined;
      if (partner !== undefined && partner !== name && partner in props && !(partner in args)) add('partner_absent', at, `${turn.call.operation}: ${name} acts only if ${partner} is specified, yet ${partner} is not sent`);
      if (!(name in args) && NOT_NULL.test(description)) add('not_null_omitted', at, `${turn.call.operation}: ${name} must not be null, yet is not sent`);
    }
  });
}

const PERSON_KEY = /^(user|username|user_?name|member|watcher|follower|subscriber|collaborator|assignee|reviewer|participant|contact|recipient)$/i;
const GENERIC_REMOVAL = /\b(?:removed|deleted|unsubscribed|revoked)\s+(?:the|a|an)\s+(?:user|member|watcher|follower|subscriber|collaborator|assignee|reviewer|participant|contact|recipient)\b/i;

function checkRemovals(record: DialogueRecord, add: Add): void {
  let sent: { name: string; value: string } | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.action === 'call' && turn.call && !turn.error) {
      const op = record.operations[turn.call.operation];
      const args = (turn.call.arguments ?? {}) as Record<string, unknown>;
      const person = effectOf(op, turn.call.operation) === 'delete' ? Object.entries(args).find(([k, v]) => PERSON_KEY.test(k) && typeof v === 'string' && v !== '') : undefined;
      sent = person ? { name: person[0], value: person[1] as string } : undefined;
      return;
    }
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !sent || typeof turn.text !== 'string') return;
    if (GENERIC_REMOVAL.test(turn.text) && !turn.text.includes(sent.value)) add('removal_unnamed', at, `the reply says "${GENERIC_REMOVAL.exec(turn.text)?.[0]}" but never names ${sent.name} "${sent.value}"`);
  });
}

const ASKS_WRITTEN = /\b(?:messages|comments|notes|replies)\b/i;
const TEXT_KEY = /^(message|body|text|content|comment|note)$/i;

/** The texts of a result's written items (a list at its top or one level down), each of three words or more. */
function writtenTexts(result: unknown): string[] {
  const lists: unknown[][] = [];
  if (Array.isArray(result)) lists.push(result);
  else if (result && typeof result === 'object') for (const v of Object.values(result)) if (Array.isArray(v)) lists.push(v);
  const out: string[] = [];
  for (const list of lists) {
    for (const item of list.slice(0, 5)) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      for (const [k, v] of Object.entries(item)) if (TEXT_KEY.test(k) && typeof v === 'string' && v.trim().split(/\s+/).length >= 3 && v.length <= 200) out.push(v.trim());
    }
  }
  return out;
}

function checkWritten(record: DialogueRecord, add: Add): void {
  let asked = '';
  let texts: string[] = [];
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'user' && typeof turn.text === 'string') asked += ` ${turn.text}`;
    if (turn.speaker === 'tool') texts = turn.status === 'ok' ? writtenTexts(turn.result) : [];
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || typeof turn.text !== 'string' || texts.length === 0 || !ASKS_WRITTEN.test(asked)) return;
    const reply = turn.text.toLowerCase();
    // The first three words of one text are enough: a reply may sum the rest up.
    const said = texts.some((t) => reply.includes(t.toLowerCase().split(/\s+/).slice(0, 3).join(' ').replace(/[.,;:!?]+$/, '')));
    if (!said) add('written_text_unsaid', at, `the user asked for written items, and the reply says none of their text ("${texts[0]!.slice(0, 60)}")`);
  });
}

const PILEUP = /\b(?:[Tt]he|[Aa]n?) (?:any|the|a|an|your) [a-z]/;

function checkPileups(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    const t = turn as { text?: unknown; thought?: unknown; query?: unknown };
    for (const text of [t.text, t.thought, t.query]) {
      const m = typeof text === 'string' ? PILEUP.exec(text) : null;
      if (m) add('determiner_pileup', at, `"${text!.toString().slice(Math.max(0, m.index - 20), m.index + 30)}" says two determiners in a row`);
    }
  });
}


export function checkActs20(record: DialogueRecord, add: Add): void {
  checkCalls(record, add);
  checkRemovals(record, add);
  checkWritten(record, add);
  checkPileups(record, add);
}
