/**
 * Parameters said and asked as a person does (QUALITY.md B, H). `epoch_in_speech`: a moment the call sends as Unix
 * time (`timestamp: 1772965284`) is said as a date, never as the number ("the timestamp is 1772965284").
 * `documented_date_format`: a date argument keeps the pattern its parameter's description documents ("The format
 * is yyyyMMdd" → "20250707", never "2025-07-07"). `enum_question_unoffered`: a question for one parameter whose
 * schema allows 2 to 6 values names at least one of them ("What should I use for the property?" never leaves
 * editors, hd and live unsaid). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { epochMoment, normalizeForMatch } from '../text/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Props = Record<string, Record<string, unknown> | undefined>;

export const PARAMS13_INVARIANTS = ['epoch_in_speech', 'documented_date_format', 'enum_question_unoffered'] as const satisfies readonly InvariantId[];

const propsOf = (record: DialogueRecord, operation: string): Props => ((record.operations[operation]?.parameters as { properties?: Props } | undefined)?.properties ?? {}) as Props;

/** The epochs the calls send, as the digits a turn would show. */
function sentEpochs(record: DialogueRecord): Set<string> {
  const epochs = new Set<string>();
  for (const turn of record.turns) {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call) continue;
    for (const value of Object.values(turn.call.arguments)) if (epochMoment(value)) epochs.add(String(value));
  }
  return epochs;
}

const LONG_NUMBER = /\b\d{10}(?:\d{3})?\b/g;

function checkEpochs(record: DialogueRecord, add: Add): void {
  const epochs = sentEpochs(record);
  if (epochs.size === 0) return;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool' || !turn.text) return;
    for (const digits of turn.text.match(LONG_NUMBER) ?? []) {
      if (epochs.has(digits)) add('epoch_in_speech', at, `the Unix time ${digits} a call sends is said as a number, not as the date it is`);
    }
  });
}

/** yyyy, MM and dd in one of three orders, joined by one separator or none (checked case-insensitively). */
const PATTERN = /\b(?:(y{4})([-/.]?)(mm)\2(dd)|(dd)([-/.]?)(mm)\6(y{4})|(mm)([-/.]?)(dd)\10(y{4}))\b(?![-/.: ]?hh|'?t'?hh)/i; // "yyyy-MM-dd'T'HH:mm:ss" is a date and time (_rules-words26.ts)
const shapes = new Map<string, RegExp | null>();

/** The shape of a date the description documents, kept per description; null when it documents none. */
function documentedShape(description: string): RegExp | null {
  let shape = shapes.get(description);
  if (shape === undefined) {
    const m = PATTERN.exec(description.slice(0, 400));
    const separator = m ? (m[2] ?? m[6] ?? m[10] ?? '') : '';
    const sep = separator === '' ? '' : `\\${separator}`;
    shape = !m ? null : m[1] ? new RegExp(`^\\d{4}${sep}\\d{2}${sep}\\d{2}$`) : new RegExp(`^\\d{2}${sep}\\d{2}${sep}\\d{4}$`);
    if (shapes.size > 20_000) shapes.clear();
    shapes.set(description, shape);
  }
  return shape;
}

function checkDateFormats(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) return;
    const props = propsOf(record, turn.call.operation);
    for (const [name, value] of Object.entries(turn.call.arguments)) {
      const description = props[name]?.description;
      if (typeof value !== 'string' || typeof description !== 'string' || !/\d/.test(value)) continue;
      const shape = documentedShape(description);
      if (shape && !shape.test(value)) add('documented_date_format', at, `${turn.call.operation}: ${name} ${JSON.stringify(value)} is not in the date pattern its description documents`);
    }
  });
}

function checkEnumQuestions(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'request' || turn.request?.length !== 1 || !turn.text) return;
    const ref = turn.request[0]!;
    const schema = propsOf(record, ref.operation)[ref.param];
    const values = Array.isArray(schema?.enum) ? schema.enum : (schema?.items as { enum?: unknown } | undefined)?.enum;
    if (!Array.isArray(values) || values.length < 2 || values.length > 6 || !values.every((v) => typeof v === 'string' && v.trim() !== '')) return;
    const text = normalizeForMatch(turn.text);
    if (!values.some((v) => text.includes(normalizeForMatch(v as string)))) add('enum_question_unoffered', at, `the question for ${ref.param} offers none of its ${values.length} allowed values (${values.join(', ')})`);
  });
}

export function checkParams13(record: DialogueRecord, add: Add): void {
  checkEpochs(record, add);
  checkDateFormats(record, add);
  checkEnumQuestions(record, add);
}
