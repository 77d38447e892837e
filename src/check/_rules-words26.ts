/**
 * The words of single utterances (QUALITY.md B, J), wave 26. `money_one_decimal`: an amount in a currency with
 * cents is said with two decimals, "556.20 NOK", never "556.2 NOK". `month_said_as_number`: a user says a month
 * by its name, "the month is September", never "the month is 9". `agree_after_result`: the assistant's question
 * right after a tool result never opens agreeing ("Absolutely.", "Sure.", "Of course."): nobody asked anything.
 * `datetime_as_bare_day`: a parameter its description documents as yyyy-MM-dd'T'HH:mm:ss is sent a moment,
 * "2025-05-15T00:00:00", never a bare day "2025-05-15". `bye_same_opening`: two sentences of one goodbye never open
 * with the same word ("Glad I could help. Glad to help again later."). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { oneDecimalMoney } from '../text/money26.ts';
import { MONTH_AS_NUMBER } from '../text/months26.ts';
import { BARE_DAY, documentedDateTime } from '../text/datetime26.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Props = Record<string, { description?: unknown } | undefined>;

export const WORDS26_INVARIANTS = ['money_one_decimal', 'month_said_as_number', 'agree_after_result', 'datetime_as_bare_day', 'bye_same_opening'] as const satisfies readonly InvariantId[];

/** Openers that agree to a request. */
const AGREES = /^(?:Absolutely|Sure(?: thing)?|Of course|Certainly|Happy to(?: help)?|I'd be glad to|Will do|No problem)\b[.!,]/;

export function checkWords26(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') return;
    const text = turn.text ?? '';
    if (turn.speaker === 'user') {
      if (text.includes('month') && MONTH_AS_NUMBER.test(text)) add('month_said_as_number', at, `the user says a month as its number: "${MONTH_AS_NUMBER.exec(text)?.[0]}"`);
      return;
    }
    if (turn.action === 'system_bye') sameOpening(text, at, add);
    const money = oneDecimalMoney(text);
    if (money) add('money_one_decimal', at, `an amount is said with one decimal: "${money}"`);
    if (turn.action === 'request' && !turn.error && record.turns[at - 1]?.speaker === 'tool' && AGREES.test(text)) add('agree_after_result', at, `the question after a tool result opens agreeing to nothing: "${text.slice(0, 40)}"`);
    if (turn.action !== 'call' || !turn.call || turn.error) return;
    const props = ((record.operations[turn.call.operation]?.parameters as { properties?: Props } | undefined)?.properties ?? {}) as Props;
    for (const [name, value] of Object.entries(turn.call.arguments)) {
      if (typeof value !== 'string' || !BARE_DAY.test(value)) continue;
      if (documentedDateTime(props[name]?.description) !== null) add('datetime_as_bare_day', at, `${turn.call.operation}: ${name} "${value}" is a bare day where its description documents a date and time`);
    }
  });
}

/** Words a goodbye's sentences may share as openers ("I understand. I hope you find another way.", "You bet. You can always ask me more."). */
const PLAIN_OPENERS = new Set(['i', "i'm", 'it', 'the', 'that', 'this', 'you']);

/** Two sentences of one goodbye that open with the same word read as stock phrases stitched together. */
function sameOpening(text: string, at: number, add: Add): void {
  const firsts = text.split(/(?<=[.!?])\s+/).map((s) => /^[A-Za-z']+/.exec(s)?.[0].toLowerCase()).filter((w): w is string => w !== undefined && !PLAIN_OPENERS.has(w));
  const twice = firsts.find((w, i) => firsts.indexOf(w) !== i);
  if (twice) add('bye_same_opening', at, `two sentences of the goodbye open with "${twice}": "${text.slice(0, 60)}"`);
}
