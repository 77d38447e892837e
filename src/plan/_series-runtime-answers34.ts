/**
 * A series runs by the episode (QUALITY.md E, wave 34; rapidapi 2026-216): a title of type "series" told "the
 * runtime is 157 min" reads as a film's length. Its runtime fields become an episode's (22–60 minutes), in the
 * shape they had ("157 min" → "40 min", 157 → 40); a second runtime (`alt_runtime`) stays as far from the first
 * as it was, within a few minutes. No randomness: the same drawn value maps to the same episode length, so a
 * title shown by a search and by its details keeps one runtime. Values the call sent or a chain reads never change.
 */

type Rec = Record<string, unknown>;

const TYPE_KEY = /^(title_?type|titleType|type|kind|media_?type|mediaType|content_?type|contentType)$/;
const SERIES = /^(series|tv ?series|tv_?series|tvSeries|tv ?show|tv_?show|show|tv|miniseries|mini_?series)$/i;
const RUNTIME_KEY = /^(alt_?)?(runtime|run_?time|duration|length)(_?min(utes)?)?$/i;
const MINUTES = /^(\d{1,3})( ?min(utes)?)$/;

const minutesOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 600 ? v : typeof v === 'string' && MINUTES.test(v) ? Number(MINUTES.exec(v)![1]) : undefined);
const written = (n: number, like: unknown): unknown => (typeof like === 'number' ? n : `${n}${MINUTES.exec(like as string)![2]}`);
/** An episode's length for a drawn runtime: 22–60 minutes. */
const episode = (m: number): number => (m >= 22 && m <= 60 ? m : 22 + (m % 39));

export function seriesRunsByEpisode34(record: Rec, isKept: (v: unknown) => boolean): void {
  const typeKey = Object.keys(record).find((k) => TYPE_KEY.test(k) && typeof record[k] === 'string' && SERIES.test((record[k] as string).trim()));
  if (typeKey === undefined) return;
  const keys = Object.keys(record).filter((k) => RUNTIME_KEY.test(k) && minutesOf(record[k]) !== undefined);
  if (keys.length === 0 || keys.some((k) => isKept(record[k]))) return;
  const main = keys.find((k) => !/^alt/i.test(k)) ?? keys[0]!;
  const old = minutesOf(record[main])!;
  const fresh = episode(old);
  for (const k of keys) {
    const m = minutesOf(record[k])!;
    const value = k === main ? fresh : Math.min(60, Math.max(20, fresh + Math.max(-5, Math.min(5, m - old))));
    record[k] = written(value, record[k]);
  }
}
