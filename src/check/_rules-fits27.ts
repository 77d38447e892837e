/**
 * Mock values true of the world (QUALITY.md E), wave 27. `quote_valid_for_months`: a price quote, what a pricing
 * or quote operation returns, is valid for hours, so its expiry is at most two days after today: never a flight
 * offer re-priced "just before booking" that holds until September. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import type { InvariantId } from './types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FITS27_INVARIANTS = ['quote_valid_for_months'] as const satisfies readonly InvariantId[];

const QUOTE_OP = /pric(e|es|ing)|quot(e|es|ing)|fares?\b/i;
const NOT_QUOTE = /subscri|plans?\b|licen[cs]e|membership|coupon|promo|domain/i;
const VALID_UNTIL = /^(expires?(_at|_on)?|expir(y|ation)(_date|_time|_at)?|valid_?(until|to|thru)|price_valid_until|quote_expires_at|offer_expires_at)$/;
const snake = snakeKey;
const LATEST = new Date(Date.parse(REFERENCE_DATE) + 2 * 86_400_000).toISOString().slice(0, 10);

export function checkFits27(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object' || Array.isArray(turn.result)) return;
    // Cheap first: only pricing and quote operations, and only the top object's own expiry.
    const op = record.operations[turn.operation];
    const words = `${op?.name ?? turn.operation} ${op?.path ?? ''}`;
    if (!QUOTE_OP.test(words) || NOT_QUOTE.test(words)) return;
    const result = turn.result as Record<string, unknown>;
    if (Object.keys(result).some((k) => /domain/i.test(k))) return;
    for (const [k, v] of Object.entries(result)) {
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v) || !VALID_UNTIL.test(snake(k)) || v.slice(0, 10) <= LATEST) continue;
      add('quote_valid_for_months', at, `${turn.operation}: the quoted price holds until ${v.slice(0, 10)}, months after today (${REFERENCE_DATE})`);
      return;
    }
  });
}
