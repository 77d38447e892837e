/**
 * What the assistant says after a result (QUALITY.md F, J): encoded data is never read out ("The answer is
 * U3VwcG9ubyBk…=", `blob_in_speech`); a short list of named items is named whole, never by its first name only ("3
 * genres came back … the genre is Comedy", `one_of_few_named`); a value the user asked for is said, or said to be
 * missing (time estimates asked, "3 time entries" answered; all image links asked, one given: `asked_value_unsaid`).
 * Reads only the dialogue record; shares nothing with the realizer.
 */
import type { DialogueRecord, RecordOperation, Turn } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLY_INVARIANTS = ['blob_in_speech', 'one_of_few_named', 'asked_value_unsaid'] as const satisfies readonly InvariantId[];

/** Base64 of some length with mixed case and digits, or padded with "=". */
const BLOB_WORD = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9+/_-]{32,}={0,2}$|^[A-Za-z0-9+/]{16,}={1,2}$/;
const LABEL_KEY = /^(name|title|(full|display)_?(name|title)|label)$/i;
const LINK = /^https?:\/\/\S+$/;
const ESTIMATE_WORDS = /\b(estimates|(?:time|price|fare|arrival|pickup|delivery|cost|duration) estimates?|eta|arrival time|wait time)\b/i;
const ESTIMATE_KEY = /(^|_|[a-z])(eta|Eta|ETA)($|_|[A-Z])|estimat|duration|wait_?time|arrival|pickup_?time/i;
/** Links asked for in the plural ("image links", "all images"), by the user or by the operation they chose. */
const LINK_WORDS = /\b(images|photos|pictures|links|urls)\b/i;
const IMAGE_WORDS = /\b(images|photos|pictures)\b/i;
/** Paging links ({_links: {next: {href}}}, {next: "https://…"}) are no content the user asked for. */
const PAGING_KEY = /^(_?links|next|prev|previous|self|first|last|href)$/i;
/** A response that says what was asked is missing. */
/** A cost, price or fare estimate is answered by its amounts ({total_cost_sum}, {price}): they count as the estimate. */
const MONEY_ESTIMATE = /\b(?:cost|price|fare|fee|spend(?:ing)?)s? estimates?\b/i;
const MONEY_ESTIMATE_KEY = new RegExp(`${ESTIMATE_KEY.source}|cost|price|fare|fee|amount|total`, 'i');
const SAYS_MISSING = /\b(doesn't|does not|didn't|did not) (include|have|contain|return|say)|\bno (time )?estimates?\b|\bwithout\b/i;

/** A word of speech that is encoded data (trailing punctuation aside; links are not words). */
function blobIn(text: string): string | undefined {
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[("“'[]+|[)"”'\],;:!?]+$|\.$/g, '');
    if (!word.includes('://') && BLOB_WORD.test(word)) return word;
  }
  return undefined;
}

/** The list a result is about: a top-level array of objects, or the one such array at depth ≤ 2. */
function mainList(value: unknown, key = '', depth = 0): { key: string; items: Record<string, unknown>[] } | undefined {
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v)) ? { key, items: value as Record<string, unknown>[] } : undefined;
  if (depth > 2 || value === null || typeof value !== 'object') return undefined;
  const found = Object.entries(value as Record<string, unknown>).map(([k, v]) => mainList(v, k, depth + 1)).filter((l) => l !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

/** An item's name: a label field, or the field named as the list's one item ({genre} in "genres"). */
function labelOf(item: Record<string, unknown>, listKey: string, path: string): string | undefined {
  // {results: [{genre}]} from /title/genres: the path's last word names the items when the key does not.
  const noun = /^(results?|data|items?|list|records?|entries|values|hits|rows)$/i.test(listKey) || !listKey ? (path.split('/').filter((s) => /^[a-z]+$/i.test(s)).pop() ?? '') : listKey;
  const one = noun.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const entries = Object.entries(item).filter(([, v]) => typeof v === 'string');
  // Under the list's own noun ({genre} in genres) only words name an item; a code under {key} in "keys" does not.
  const hit = entries.find(([k]) => LABEL_KEY.test(k)) ?? entries.find(([k, v]) => /^headline$/i.test(k) || (one.length > 2 && k.toLowerCase() === one && !/^(key|code|id|value|type)$/.test(one) && /^\p{L}[\p{L} '&.,:-]*$/u.test(v as string)));
  const label = hit?.[1] as string | undefined;
  return label && label.length <= 60 && /\p{L}/u.test(label) && !LINK.test(label) ? label : undefined;
}

/** Values under matching keys (depth ≤ 3, first 5 items of lists). */
function valuesUnder(value: unknown, key: RegExp, out: string[], depth = 0): string[] {
  if (depth > 3 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 5)) valuesUnder(item, key, out, depth + 1);
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (key.test(k) && (typeof v === 'number' || (typeof v === 'string' && v.length > 0))) out.push(String(v));
    else valuesUnder(v, key, out, depth + 1);
  }
  return out;
}

/** Every link (depth ≤ 3, first 5 items of lists), once each. */
function links(value: unknown, out: Set<string>, depth = 0): Set<string> {
  if (depth > 3 || value === null || typeof value !== 'object') return out;
  for (const [k, v] of Array.isArray(value) ? value.slice(0, 5).map((x) => ['', x] as const) : Object.entries(value as Record<string, unknown>)) {
    if (PAGING_KEY.test(k)) continue;
    if (typeof v === 'string' && LINK.test(v)) out.add(v);
    else links(v, out, depth + 1);
  }
  return out;
}

function checkNamedList(result: unknown, text: string, path: string, i: number, add: Add): void {
  const list = mainList(result);
  if (!list || list.items.length < 2 || list.items.length > 5) return;
  const labels = list.items.map((item) => labelOf(item, list.key, path));
  if (labels.some((l) => l === undefined) || new Set(labels).size < labels.length) return;
  const named = (labels as string[]).filter((l) => text.includes(l));
  if (named.length === 1) add('one_of_few_named', i, `response names only "${named[0]}" of the ${labels.length} named items that came back (${(labels as string[]).join(', ')})`);
}

/** Estimates count when the user asked for them; links also when the operation they chose is for them ("get all images"). */
function checkAskedValues(result: unknown, text: string, userText: string, purpose: string, i: number, add: Add): void {
  if (ESTIMATE_WORDS.test(userText) && !SAYS_MISSING.test(text)) {
    const values = valuesUnder(result, MONEY_ESTIMATE.test(userText) ? MONEY_ESTIMATE_KEY : ESTIMATE_KEY, []);
    if (!values.some((v) => text.includes(v))) add('asked_value_unsaid', i, `the user asked for an estimate; the response ${values.length > 0 ? `says none of ${values.slice(0, 3).join(', ')}` : 'neither gives one nor says the result has none'}`);
  }
  if (LINK_WORDS.test(userText) || IMAGE_WORDS.test(purpose)) {
    const all = [...links(result, new Set())];
    const said = all.filter((l) => text.includes(l)).length;
    if (all.length > 1 && said < Math.min(all.length, 3)) add('asked_value_unsaid', i, `the user asked for the links; the response gives ${said} of the ${all.length} that came back`);
  }
}

export function checkReplies(record: DialogueRecord, add: Add): void {
  let result: unknown;
  let userText = '';
  let operation: RecordOperation | undefined;
  record.turns.forEach((turn: Turn, i) => {
    if (turn.speaker === 'user') userText += ` ${turn.text ?? ''}`;
    if (turn.speaker === 'tool') {
      result = turn.status === 'ok' ? turn.result : undefined;
      operation = record.operations[turn.operation];
    }
    if (turn.speaker !== 'assistant' || turn.error) return;
    const blob = typeof turn.text === 'string' ? blobIn(turn.text) : undefined;
    if (blob) add('blob_in_speech', i, `encoded data read out: "${blob.slice(0, 24)}…"`);
    if (turn.action !== 'response' || typeof turn.text !== 'string' || result === undefined) return;
    checkNamedList(result, turn.text, operation?.path ?? '', i, add);
    checkAskedValues(result, turn.text, userText, operation?.description ?? '', i, add);
  });
}
