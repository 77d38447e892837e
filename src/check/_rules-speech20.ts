/**
 * Result fields read out by their keys instead of what they mean (QUALITY.md B/J), wave 20. In an assistant's
 * response: `sentinel_value_said` — an empty marker read as a value ("the winner is ." / "is N/A");
 * `bare_bound_said` — a period's bound said as a noun ("the start is 5.3811"), never "it starts on …";
 * `key_phrase_said` — a phrase made of a metric key ("the share found is 11 percent", "the relative time is
 * just now", "the average total rank is 34"); `items_unseparated` — items of a list said by the same field and
 * nothing else ("the player ID is 64290; the player ID is 50525"), so nothing tells them apart (no name, no date);
 * `item_field_label` — a list item's details named by their fields inside the list ("(model name XTS, …)").
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const SPEECH20_INVARIANTS = ['sentinel_value_said', 'bare_bound_said', 'key_phrase_said', 'items_unseparated', 'item_field_label'] as const satisfies readonly InvariantId[];

/** "is .", "is -", "are N/A": a marker of nothing after the verb, before a break (never "-3", never "…"). */
const SENTINEL = /\b(?:is|are|was|were)(?: now)? (?:[^\p{L}\p{N}\s"“'(]{1,3}|N\/A|n\/a)(?=[\s,;]|\.?$)/u;
const BARE_BOUND = /\bthe (?:start|end|begin|finish) (?:is|are|was)\b/i;
const KEY_PHRASE = /\bthe share (?:[a-z]+ed|found|seen|known|won|lost) (?:is|was)\b|\bthe (?:formatted )?relative (?:time|date) is\b|\bthe (?:average|mean) total [a-z]+ (?:is|was)\b|\bthe locality is\b/i;
/** A list part that opens with a field clause and nothing else before it: "the player ID is …". */
const BARE_PART = /^(?:and )?the ([a-zA-Z][a-zA-Z0-9 ]*?) (?:is|are) /;
const NUMBER_CLAUSE = /^the [a-zA-Z][a-zA-Z ]*? (?:is|are) -?\d[\d,.]*(?: [A-Z]{3}| percent)?$/;
/** Inside a list's brackets: "model name XTS", "product price 758.60", "owner rating 4". */
const FIELD_LABEL = /(?:\(|; |, )[a-z]+(?: [a-z]+)? (?:name|title|price|rating|condition) (?:\d|\p{Lu})/u;

/** Two or more parts of one list said by the same bare field clause: the items are not told apart. */
function unseparated(text: string, dated: boolean): string | undefined {
  for (const sentence of text.split(/(?<=\.)\s+/)) {
    const colon = sentence.indexOf(': ');
    if (colon < 0) continue;
    const parts = sentence.slice(colon + 2).split('; ');
    if (parts.length < 2) continue;
    const fields = parts.map((p) => BARE_PART.exec(p)?.[1]);
    if (!fields.every((f) => f !== undefined && f === fields[0])) continue;
    // Each item one clause of the same field, or numbers alone (a series without its dates): nothing names an item.
    const clauses = parts.map((p) => p.replace(/^and /, '').replace(/\.$/, '').split(', '));
    if (clauses.every((c) => c.length === 1) || (dated && clauses.every((c) => c.every((x) => NUMBER_CLAUSE.test(x))))) return fields[0];
  }
  return undefined;
}

/** The bracketed item lists of a sentence ("there are 3 car models (…)"). */
function bracketed(text: string): string[] {
  return [...text.matchAll(/\b[Tt]here (?:is|are) [^()]*?\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)].map((m) => `(${m[1] ?? ''}`);
}

/** {series: [{date, close}, …]}: a list of several items, each with a moment of its own. */
const MOMENT_KEY = /^(date|day|time|timestamp|datetime|date_?time|period)$/i;
function hasDatedItems(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) {
    const dated = value.filter((v) => v !== null && typeof v === 'object' && Object.keys(v).some((k) => MOMENT_KEY.test(k)));
    return (value.length >= 2 && dated.length === value.length) || (depth < 3 && value.slice(0, 3).some((v) => hasDatedItems(v, depth + 1)));
  }
  return value !== null && typeof value === 'object' && depth < 3 && Object.values(value).some((v) => hasDatedItems(v, depth + 1));
}

export function checkSpeech20(record: DialogueRecord, add: Add): void {
  let dated = false;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool' && turn.status === 'ok') dated = hasDatedItems(turn.result);
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || typeof turn.text !== 'string') return;
    const text = turn.text;
    const sentinel = SENTINEL.exec(text);
    if (sentinel) add('sentinel_value_said', at, `an empty marker read as a value: "${sentinel[0]}"`);
    const bound = BARE_BOUND.exec(text);
    if (bound) add('bare_bound_said', at, `a bound said as a noun: "${bound[0]}"`);
    const phrase = KEY_PHRASE.exec(text);
    if (phrase) add('key_phrase_said', at, `a field's key read out: "${phrase[0]}"`);
    const field = unseparated(text, dated);
    if (field !== undefined) add('items_unseparated', at, `list items said only as "the ${field} is …"`);
    const label = bracketed(text).map((b) => FIELD_LABEL.exec(b)?.[0]).find((x) => x !== undefined);
    if (label !== undefined) add('item_field_label', at, `a list item's field named in the list: "${label.replace(/^[(;,] ?/, '')}"`);
  });
}
