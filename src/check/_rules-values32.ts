/**
 * Scores and ranks a reader believes (QUALITY.md E), wave 32. Reads only the dialogue record.
 * - `rank_beyond_top_n`: a rank named for its list, `top250` or `top250tv`, lies within 1..N: never 493 in a top 250.
 * - `vote_average_implausible`: a vote average (`voteAverage`, `vote_average`) on a 0-10 scale is never above 9.5:
 *   no film averages 9.86.
 * The generator draws such values where real ones lie (src/plan/_values32.ts).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const VALUES32_INVARIANTS = ['rank_beyond_top_n', 'vote_average_implausible'] as const satisfies readonly InvariantId[];

const TOP_KEY = /^(?:imdb_?)?top_?(\d{2,4})(?:_?(?:tv|movies?|series|rank|position|pos))?$/i;
const VOTE_AVERAGE = /^(vote_?average|average_?vote|vote_?avg)$/i;

const numeric = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d{1,4}(\.\d{1,4})?$/.test(v) ? Number(v) : undefined);

export function checkValues32(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    let ranked = false;
    let averaged = false;
    eachObject(turn.result, (obj) => {
      for (const [key, value] of Object.entries(obj)) {
        // Cheap key tests first: most keys are neither.
        const c = key.charCodeAt(0) | 32;
        if (c !== 116 && c !== 105 && c !== 118 && c !== 97) continue; // t(op), i(mdb), v(ote), a(verage)
        const top = ranked ? null : TOP_KEY.exec(key);
        if (top) {
          const n = numeric(value);
          if (n !== undefined && Number.isInteger(n) && n > Number(top[1])) {
            ranked = true;
            add('rank_beyond_top_n', at, `"${key}" is ${n}, beyond the ${top[1]} places of its list`);
          }
          continue;
        }
        if (!averaged && VOTE_AVERAGE.test(key)) {
          const n = numeric(value);
          if (n !== undefined && n > 9.5 && n <= 10) {
            averaged = true;
            add('vote_average_implausible', at, `"${key}" is ${n} on a 0-10 scale: no title averages that`);
          }
        }
      }
    });
  });
}
