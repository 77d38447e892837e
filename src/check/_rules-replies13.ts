/**
 * What the assistant says after a result, wave 13 (QUALITY.md F, J). `repeated_sentence`: one response never says the
 * same sentence, or the same several-word value under two names, twice ("the summary is Chamber of commerce opens
 * second site and the details are Chamber of commerce opens second site"). `uncountable_plural`: a count never
 * pluralises a noun that has no plural ("3 casts", "3 crews", "2 feedbacks"). `asked_field_unsaid`: when the user's
 * request names a field of the result ("monthly listeners" → monthlyListeners), the response says one of its values.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { memoized } from '../text/memo.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLIES13_INVARIANTS = ['repeated_sentence', 'uncountable_plural', 'asked_field_unsaid'] as const satisfies readonly InvariantId[];

const UNCOUNTABLE_PLURAL = /\b(?:\d+|two|three|four|five|several|many) (?:[a-z]+ )?(casts|crews|staffs|feedbacks|equipments|informations|advices|furnitures|luggages|baggages|personnels|newses|softwares)\b/i;
/** "the details are X": the name and value of a clause, when the value runs to three words or more. */
const CLAUSE_VALUE = /\bthe ([a-z][a-z ]{1,30}?) (?:is|are)(?: now)? ([^,;.:()]+?)(?=,|;|\.(?:\s|$)| and the |$)/gi;

/** The sentences of a text, lower-cased and without their closing marks. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim().replace(/[.!?]+$/, '').toLowerCase()).filter((s) => s.split(' ').length >= 3);
}

/** A sentence or a several-word value said twice in one text, if any. */
export function repeatedIn(text: string): string | undefined {
  const seen = new Set<string>();
  for (const s of sentences(text)) {
    if (seen.has(s)) return s;
    seen.add(s);
  }
  // One value under two names; two items of a list may share one ("the message is Thank you; the message is Thank you").
  const names = new Map<string, string>();
  for (const m of text.matchAll(CLAUSE_VALUE)) {
    const value = (m[2] ?? '').trim().toLowerCase();
    if (value.split(' ').length < 3) continue;
    const name = names.get(value);
    if (name !== undefined && name !== m[1]) return value;
    names.set(value, m[1] ?? '');
  }
  return undefined;
}

/** "monthlyListeners" → [monthly, listener]: a key's words, singular. */
const keyWords = memoized((key: string): readonly string[] => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0).map(stem));

function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The scalar fields of a result's record or of its list's first item, with every value each holds in the list. */
function fieldValues(result: unknown): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const list = Array.isArray(result) ? result : result !== null && typeof result === 'object' ? Object.values(result as Record<string, unknown>).find((v) => Array.isArray(v)) : undefined;
  const records = Array.isArray(list) && list.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)) ? list.slice(0, 5) : [result];
  for (const record of records) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    for (const [k, v] of Object.entries(record as Record<string, unknown>)) if (typeof v === 'number' || typeof v === 'string') out.set(k, [...(out.get(k) ?? []), v]);
  }
  return out;
}

/** A value as a response may say it: 1234.5 as "1234.5" or "1,234.5"; a short string as itself. */
function saidIn(value: unknown, text: string): boolean {
  if (typeof value === 'number') return text.includes(String(value)) || text.includes(value.toLocaleString('en-US'));
  return typeof value === 'string' && text.toLowerCase().includes(value.toLowerCase());
}

/** The field the user's words name whose values the response never says, if any. */
function unsaidField(asked: string, operation: string, result: unknown, response: string): string | undefined {
  const askedLower = asked.toLowerCase();
  const said = new Set((askedLower.match(/[a-z]+/g) ?? []).map(stem));
  const opWords = new Set(keyWords(operation));
  for (const [key, values] of fieldValues(result)) {
    const words = keyWords(key);
    if (/(^|_)id$|Id$|^id$/i.test(key) || words.some((w) => w.length < 4)) continue;
    // One word the operation is named for ("get the rank") is the subject, not a field asked about.
    const named = words.length >= 2 ? words.every((w) => said.has(w)) : words[0] !== undefined && words[0].length >= 5 && said.has(words[0]) && !opWords.has(words[0]);
    // "the mileage per year is 11000": a field the user gave is no field asked about.
    // "holidays by country code": a field the request is made by is its input, not what it asks to hear.
    if (!named || askedLower.includes(`by ${key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/_/g, ' ')}`) || values.some((v) => saidIn(v, asked)) || new RegExp(`\\b${words[words.length - 1]}s? (?:is|are)\\b`).test(askedLower)) continue;
    // Dates, links and long texts are said in other words: only plain numbers and short words are compared.
    const plain = values.filter((v) => typeof v === 'number' || (typeof v === 'string' && v.length <= 30 && !/\d{4}-\d{2}|^https?:/.test(v)));
    if (plain.length === values.length && plain.length > 0 && !plain.some((v) => saidIn(v, response))) return key;
  }
  return undefined;
}

export function checkReplies13(record: DialogueRecord, add: Add): void {
  let result: unknown;
  let operation = '';
  let asked = '';
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'user') {
      if (/^inform_intent/.test(turn.action ?? '')) asked = `${asked} ${turn.text ?? ''}`;
      const plural = UNCOUNTABLE_PLURAL.exec(turn.text ?? '');
      if (plural) add('uncountable_plural', at, `"${plural[0]}": ${plural[1]} has no plural`);
      return;
    }
    if (turn.speaker === 'tool') {
      result = turn.status === 'ok' ? turn.result : undefined;
      operation = turn.operation ?? '';
      return;
    }
    if (turn.speaker !== 'assistant' || !turn.text) return;
    const plural = UNCOUNTABLE_PLURAL.exec(turn.text);
    if (plural) add('uncountable_plural', at, `"${plural[0]}": ${plural[1]} has no plural`);
    if (turn.action !== 'response') return;
    const repeated = repeatedIn(turn.text);
    if (repeated) add('repeated_sentence', at, `the response says "${repeated}" twice`);
    const unsaid = result === undefined ? undefined : unsaidField(asked, operation.split('.').pop() ?? '', result, turn.text);
    if (unsaid) add('asked_field_unsaid', at, `the user asked about ${unsaid}, but the response says none of its values`);
  });
}
