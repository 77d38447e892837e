/**
 * Words that are no speech (QUALITY.md A, B, G): an utterance that pastes a whole description sentence of an
 * operation (its words after the opening verb, eight or more), a phrase cut off before its question mark ("…
 * identified by its?"), and a one- or two-letter parameter name said as a noun ("the s is jaws"). Reads only
 * the record; shares nothing with the realizer that writes the words.
 */
import type { DialogueRecord, RecordOperation, Turn } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

/** Fewer words after a description sentence's verb than this are a phrase anyone might say. */
const MIN_PASTED_WORDS = 8;

/** Lower-case words with a space at each end, for whole-word containment. */
function normal(text: string): string {
  return ` ${text.toLowerCase().replace(/[`*_]/g, '').replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** An operation's pastable sentences, kept per operation object: records of one run share their operations. */
const sentencesByOperation = new WeakMap<RecordOperation, string[]>();

function operationSentences(op: RecordOperation): string[] {
  let out = sentencesByOperation.get(op);
  if (out) return out;
  out = [];
  for (const sentence of (op.description ?? '').split(/(?<=[.!?])\s+|\s+[-–—]\s+|\n+/)) {
    const words = normal(sentence).trim().split(' ');
    if (words.length > MIN_PASTED_WORDS) out.push(` ${words.slice(1).join(' ')} `);
  }
  sentencesByOperation.set(op, out);
  return out;
}

/** Each description sentence's words after its first (the verb a request rewords), when long enough to tell. */
function pastable(operations: RecordOperation[]): string[] {
  const out = new Set<string>();
  for (const op of operations) for (const sentence of operationSentences(op)) out.add(sentence);
  return [...out];
}

/** The "the <short name> is" pattern per set of short names (built once per set, not per record). */
const shortNamePatterns = new Map<string, RegExp>();

function shortNamePattern(names: Set<string>): RegExp | undefined {
  if (names.size === 0) return undefined;
  const alternatives = [...names].join('|');
  let pattern = shortNamePatterns.get(alternatives);
  if (!pattern) {
    pattern = new RegExp(`\\b[Tt]he (${alternatives})(?= (?:is|are|was)\\b|\\?)`);
    if (shortNamePatterns.size >= 10_000) shortNamePatterns.clear();
    shortNamePatterns.set(alternatives, pattern);
  }
  return pattern;
}

/** A question that ends where a noun should follow: "… identified by its?", "… for the?". */
const CUT_OFF = /\b(its|the|a|an|their|his|her|your|our|of|by|with|and|or)\s*\?/i;

/** Two-letter English words that may follow "the" as a parameter name and still be words. */
const WORDS = new Set(['a', 'i', 'to', 'in', 'on', 'at', 'by', 'of', 'it', 'or', 'if', 'no', 'me', 'my', 'up', 'us', 'we', 'so', 'go', 'do', 'be', 'an', 'as', 'is', 'he', 'tv', 'uk', 'us', 'eu']);

/** What a turn says: its text, and an assistant's thought and search query. */
function utterances(turn: Turn): [string, string][] {
  if (turn.speaker === 'tool') return [];
  const out: [string, string][] = [['text', turn.text ?? '']];
  if (turn.speaker === 'assistant') {
    if (turn.thought) out.push(['thought', turn.thought]);
    if (turn.query) out.push(['query', turn.query]);
  }
  return out;
}

export function checkWords(record: DialogueRecord, add: Add): void {
  const operations = Object.values(record.operations);
  const sentences = pastable(operations);
  const shortNames = new Set<string>();
  for (const op of operations) {
    for (const name of Object.keys((op.parameters.properties as Record<string, unknown> | undefined) ?? {})) {
      if (/^[a-z]{1,2}$/.test(name) && !WORDS.has(name)) shortNames.add(name);
    }
  }
  const shortName = shortNamePattern(shortNames);
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      const said = normal(text);
      const pasted = sentences.find((s) => said.includes(s));
      if (pasted) add('wording', i, `the ${kind} pastes an operation's description ("…${pasted.trim()}"): say what the user wants in their words`);
      if (kind !== 'thought' && CUT_OFF.test(text)) add('wording', i, `the ${kind} is cut off before its question mark: "${CUT_OFF.exec(text)?.[0]}"`);
      const cryptic = shortName?.exec(text);
      if (cryptic && kind !== 'query') add('wording', i, `the ${kind} says the parameter name "${cryptic[1]}" as a noun: name what it is ("the title", "the year")`);
    }
  });
}
