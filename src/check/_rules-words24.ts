/**
 * Replies that answer what was asked and requests in a person's words (QUALITY.md A, F, J), wave 24. Reads only
 * the dialogue record.
 * - `shared_said_for_first`: a fact every item of a list shares is said once for all, never "For the first one,
 *   the image type is image/webp" when all three images are WebP.
 * - `series_first_only`: a list of days (a 6-day forecast) is answered over its days, never by the first alone
 *   ("Looking at the first, the temperature is 9.5 degrees").
 * - `repeat_thanked`: after "I gave you that already", the assistant owns the slip ("Sorry, you did: 69472"),
 *   never thanks the user for repeating it.
 * - `identifier_pair_said`: the user's request never stacks two words of the operation's name or path that its
 *   description never says together ("get the star string" of /stars/get-string, "news markets").
 */
import pluralize from 'pluralize';
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { SERIES_DAY_KEY } from '../text/words24.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS24_INVARIANTS = ['shared_said_for_first', 'series_first_only', 'repeat_thanked', 'identifier_pair_said'] as const satisfies readonly InvariantId[];

/** The frames that tell a list by its first item. */
const FIRST_FRAME = /\b(?:for the first one,|looking at the first,|the first one:|at the top of the list,)\s*([^.;]*)/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function checkWords24(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  let result: unknown;
  turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      if (turn.status === 'ok') result = turn.result;
      return;
    }
    if (turn.speaker === 'assistant') {
      if (turn.text) firstFrame(turn.text, result, at, add);
      repeatThanked(record, at, add);
      return;
    }
    if (/^inform_intent/.test(String(turn.action)) && turn.text) identifierPair(turn.text, record.operations, at, add);
  });
}

/** The lists of objects in a result (two items or more), top level or one level down. */
function listsOf(result: unknown): Record<string, unknown>[][] {
  const out: Record<string, unknown>[][] = [];
  const take = (value: unknown): void => {
    if (Array.isArray(value) && value.length >= 2 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) out.push(value as Record<string, unknown>[]);
  };
  take(result);
  if (result && typeof result === 'object' && !Array.isArray(result)) {
    for (const v of Object.values(result)) {
      take(v);
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const w of Object.values(v)) take(w);
    }
  }
  return out;
}

function firstFrame(text: string, result: unknown, at: number, add: Add): void {
  const m = FIRST_FRAME.exec(text);
  if (!m || result === undefined) return;
  const told = (m[1] ?? '').toLowerCase();
  for (const items of listsOf(result)) {
    const first = items[0] as Record<string, unknown>;
    for (const [key, value] of Object.entries(first)) {
      if ((typeof value !== 'string' && typeof value !== 'number') || !items.every((item) => item[key] === value)) continue;
      const said = String(value).toLowerCase();
      if (said.length >= 2 && told.includes(` is ${said}`)) {
        add('shared_said_for_first', at, `"${m[0].trim()}": all ${items.length} items have ${key} ${JSON.stringify(value)}, said as the first one's`);
        return;
      }
    }
    const dayKey = Object.keys(first).find((key) => SERIES_DAY_KEY.test(key) && items.every((item) => typeof item[key] === 'string' && DAY.test(item[key] as string)) && new Set(items.map((item) => item[key])).size === items.length);
    if (dayKey) {
      add('series_first_only', at, `a list of ${items.length} days (${dayKey}) is answered by its first item alone: "${m[0].trim()}"`);
      return;
    }
  }
}

function repeatThanked(record: DialogueRecord, at: number, add: Add): void {
  const turn = record.turns[at];
  const user = record.turns[at - 1];
  const asked = record.turns[at - 2];
  if (turn?.speaker !== 'assistant' || !turn.text || user?.speaker !== 'user' || asked?.speaker !== 'assistant' || asked.error?.kind !== 'redundant_request') return;
  if (/\b(?:sorry|my mistake|apologi[sz]e|my bad)\b/i.test(turn.text)) return;
  add('repeat_thanked', at, `after the user said they gave it already, the reply does not own the slip: "${turn.text.slice(0, 60)}"`);
}

const ACTION = /^(?:get|list|search|find|fetch|retrieve|create|update|delete|add|remove|set|post|put)$/;
const pairCache = new WeakMap<RecordOperation, string[]>();

/**
 * The two nouns around the action word of a path ("/stars/get-string" → "star string", "/news/get-market-update" →
 * "news market") that its description never says together: the resource and the thing got, stacked by the identifier.
 */
function identifierPairs(op: RecordOperation): string[] {
  let pairs = pairCache.get(op);
  if (pairs) return pairs;
  const said = ` ${words(op.description ?? '').join(' ')} `;
  const found = new Set<string>();
  for (const source of [op.path]) { // a name ("Newsletters_GetImage") reads as English more often than a path word run
    const ws = source.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase()).filter(Boolean);
    for (let i = 1; i + 1 < ws.length; i++) {
      const [before, after] = [ws[i - 1] as string, ws[i + 1] as string];
      if (ACTION.test(ws[i] as string) && /^[a-z]{3,}$/.test(before) && /^[a-z]{3,}$/.test(after) && !ACTION.test(before) && !ACTION.test(after)) found.add(`${pluralize.singular(before)} ${pluralize.singular(after)}`);
    }
  }
  pairs = [...found].filter((p) => !said.includes(` ${p} `));
  pairCache.set(op, pairs);
  return pairs;
}

const words = (text: string): string[] => text.toLowerCase().replace(/'s\b/g, '').split(/[^a-z0-9]+/).filter(Boolean).map((w) => pluralize.singular(w));

function identifierPair(text: string, operations: Record<string, RecordOperation>, at: number, add: Add): void {
  const ops = Object.values(operations);
  // Most operations have no pair: the request's words (a singular per word, costly) are only made when one does.
  if (!ops.some((op) => identifierPairs(op).length > 0)) return;
  const spoken = ` ${words(text).join(' ')} `;
  for (const op of ops) {
    const pair = identifierPairs(op).find((p) => spoken.includes(` ${p} `));
    if (pair) {
      add('identifier_pair_said', at, `the request stacks "${pair}" from ${op.path}, words its description never says together`);
      return;
    }
  }
}
