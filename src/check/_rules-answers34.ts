/**
 * Results whose numbers hang together (QUALITY.md E), wave 34. Reads only the dialogue record.
 * - `facet_above_total`: a facet beside a list and its total (`countries: [{name, count}]`) never counts more items
 *   than the total: no "New Zealand 50" beside `total: 3`.
 * - `series_film_runtime`: a title of type series runs by the episode: its runtime is never a film's, above two
 *   hours ("157 min" for a series).
 * The generator fits both (src/plan/_totals-answers34.ts, _facets-answers34.ts, _series-runtime-answers34.ts).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ANSWERS34_INVARIANTS = ['facet_above_total', 'series_film_runtime'] as const satisfies readonly InvariantId[];

const TOTAL = /^(total|total_?count|totalCount|total_?results|totalResults)$/;
const TYPE_KEY = /^(title_?type|titleType|type|media_?type|mediaType)$/;
const SERIES = /^(series|tv ?series|tv_?series|tvSeries|tv ?show|tv_?show)$/i;
const RUNTIME = /^(alt_?)?(runtime|run_?time)$/i;
const MINUTES = /^(\d{1,3}) ?min(utes)?$/;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function facetAbove(obj: Record<string, unknown>): string | undefined {
  const totalKey = Object.keys(obj).find((k) => TOTAL.test(k) && isCount(obj[k]));
  if (totalKey === undefined) return undefined;
  const total = obj[totalKey] as number;
  for (const [key, v] of Object.entries(obj)) {
    if (!Array.isArray(v) || v.length === 0 || typeof v[0] !== 'object' || v[0] === null) continue;
    for (const f of v) {
      if (f === null || typeof f !== 'object' || Array.isArray(f)) break;
      const e = f as Record<string, unknown>;
      if (!isCount(e.count) || typeof (e.name ?? e.title ?? e.label) !== 'string') break;
      if (e.count > total) return `"${key}" counts ${e.count} for ${String(e.name ?? e.title ?? e.label)} beside ${totalKey} ${total}`;
    }
  }
  return undefined;
}

function filmRuntime(obj: Record<string, unknown>): string | undefined {
  const typeKey = Object.keys(obj).find((k) => TYPE_KEY.test(k) && typeof obj[k] === 'string' && SERIES.test(obj[k] as string));
  if (typeKey === undefined) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (!RUNTIME.test(k)) continue;
    const m = typeof v === 'number' ? v : typeof v === 'string' && MINUTES.test(v) ? Number(MINUTES.exec(v)![1]) : undefined;
    if (m !== undefined && m > 120) return `a ${obj[typeKey] as string} runs ${String(v)} under "${k}": an episode, never a film's length`;
  }
  return undefined;
}

export function checkAnswers34(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    let faceted = false;
    let timed = false;
    eachObject(turn.result, (obj) => {
      // Cheap first: a facet needs a total, a runtime a type.
      if (!faceted && ('total' in obj || 'total_count' in obj || 'totalCount' in obj || 'total_results' in obj || 'totalResults' in obj)) {
        const why = facetAbove(obj);
        if (why !== undefined) {
          faceted = true;
          add('facet_above_total', at, why);
        }
      }
      if (!timed && ('title_type' in obj || 'titleType' in obj || 'type' in obj || 'media_type' in obj || 'mediaType' in obj)) {
        const why = filmRuntime(obj);
        if (why !== undefined) {
          timed = true;
          add('series_film_runtime', at, why);
        }
      }
    });
  });
}
