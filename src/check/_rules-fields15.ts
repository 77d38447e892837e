/**
 * How a response reads a result's fields, wave 15 (QUALITY.md A, B, J). `meta_field_said`: a response never reports a
 * field about the reply or its display ("the schema type is StocksSummaryReply", "the footer is Subject to change",
 * "one lorry parking feature icon", "the source is api"). `run_together_key`: never a key glued from two words said as
 * one ("the localtime is …", "the marketvalue is …"). `raw_milliseconds`: a duration of ten seconds or more is never
 * said in milliseconds ("1686230 milliseconds"). Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import { gluedWords, isKnownWord } from '../text/index.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FIELDS15_INVARIANTS = ['meta_field_said', 'run_together_key', 'raw_milliseconds'] as const satisfies readonly InvariantId[];

/** Fields about the reply (its schema) or how an app shows it (footer, icons, display type), and a record's channel. */
const META_SAID = /\b[Tt]he (?:[a-z]+ )?(?:schema(?: type| version| name)?|footers?|display type|icons?) (?:is|are)\b|\b(?:one|\d+) (?:[a-z]+ ){0,3}icons? \(|\b[Tt]he source is (?:api|web|app|manual|import|system|internal|sdk|cli)\b/;
/** "the localtime is": a lower-case word before "is"/"are" that a field name glued. */
const KEY_BEFORE_VERB = /\b[Tt]he (?:[a-z]+ )?([a-z]{8,11}) (?:is|are)\b/g;
/** Suffixes the segmenter takes for words of their own ("acoustic ness"). */
const SUFFIX = /^(?:ness|ability|ibility|ably|ship|hood|ment|less|wise)$/;
/** Compounds written as one word in ordinary English and technical prose ("the username is …"). */
const WHOLE = new Set(['datetime', 'timestamp', 'timezone', 'username', 'filename', 'hostname', 'metadata', 'keyword', 'keywords', 'password', 'database', 'endpoint', 'webhook', 'checkout', 'playlist', 'homepage', 'postcode', 'zipcode']);
const MILLISECONDS = /\b(\d{5,}) milliseconds\b/;

/** "localtime" → "local time": a word no dictionary has that splits into two words of four letters or more. */
export function runTogether(text: string): string | undefined {
  for (const m of text.matchAll(KEY_BEFORE_VERB)) {
    const word = m[1] ?? '';
    if (WHOLE.has(word) || isKnownWord(word)) continue;
    const parts = gluedWords(word);
    if (parts && parts.length === 2 && parts.every((p) => p.length >= 4) && !SUFFIX.test(parts[1] ?? '')) return word;
  }
  return undefined;
}

/** The string values of a result (never its keys: {localtime: …} is the glued key itself), depth ≤ 6. */
function stringsOf(value: unknown, depth: number): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || depth > 6) return [];
  return (Array.isArray(value) ? value : Object.values(value as Record<string, unknown>)).flatMap((v) => stringsOf(v, depth + 1));
}

export function checkFields15(record: DialogueRecord, add: Add): void {
  // A glued word that is a value of a result (a username, a slug) is data, not wording; built only on a hit.
  let values: string | undefined;
  const isValue = (word: string): boolean => {
    values ??= record.turns.flatMap((t) => (t.speaker === 'tool' ? stringsOf(t.result, 0) : [])).join('\n').toLowerCase();
    return values.includes(word);
  };
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text) return;
    const meta = META_SAID.exec(turn.text);
    if (meta) add('meta_field_said', at, `the response reports a field about the reply or its display, not the answer: "${meta[0]}"`);
    const glued = runTogether(turn.text);
    if (glued && !isValue(glued)) add('run_together_key', at, `the response reads the glued key "${glued}" as a word: say its words apart`);
    const ms = MILLISECONDS.exec(turn.text);
    if (ms) add('raw_milliseconds', at, `the response says a duration as ${ms[1]} milliseconds: say it in seconds, minutes or hours`);
  });
}
