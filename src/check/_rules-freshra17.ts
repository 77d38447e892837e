/**
 * Fresh reading of the RapidAPI fixtures, wave 17 (QUALITY.md B, E). `stamp_key_said`: a stamp's key is said as
 * what happened then ("the task was created on …"), never read out as a noun ("the task UTC created at is …").
 * `relative_time_clock`: a relative time ({formatted_relative_time}) says how long ago ("3 days ago"), never a clock
 * time ("the relative time is 09:00"). Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FRESHRA17_INVARIANTS = ['stamp_key_said', 'relative_time_clock'] as const satisfies readonly InvariantId[];

/** "the task UTC created at is", "the first sent at is": a key ending in a preposition read out as a noun. */
const STAMP_KEY = /\b[Tt]he (?:[A-Za-z]+ ){1,4}(?:at|on) (?:is|are|was|were)\b/;
/** A result key of a relative time ("formatted_relative_time", "timeAgo", "posted_ago"). */
const RELATIVE_KEY = /(^|_|[a-z])(relative_?time|[Rr]elative[Tt]ime|time_?ago|[Tt]ime[Aa]go|_ago)$/;
const CLOCK = /^\d{1,2}:\d{2}(:\d{2})?$/;

export function checkFreshra17(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.text) {
      const stamp = STAMP_KEY.exec(turn.text);
      if (stamp) add('stamp_key_said', at, `a stamp's key is read out as a noun ("${stamp[0]}"): say what happened then ("it was created on …")`);
    }
    if (turn.speaker === 'tool' && turn.result !== undefined) clockAgo(turn.result, (key, value) => add('relative_time_clock', at, `${key} is a relative time, yet holds the clock time "${value}": say how long ago ("3 days ago")`));
  });
}

function clockAgo(value: unknown, hit: (key: string, value: string) => void, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) clockAgo(item, hit, depth + 1);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && RELATIVE_KEY.test(key) && CLOCK.test(child.trim())) hit(key, child);
    else clockAgo(child, hit, depth + 1);
  }
}
