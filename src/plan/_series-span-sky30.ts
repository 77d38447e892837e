/**
 * A daily series asked over a range spans that range (QUALITY.md E): three rows asked for 2024-03-03..2026-03-06
 * are no three days of March 2024 reported as the whole result, but three points spread evenly from the first
 * day asked to the last (a sparse sample of the range, as a chart API down-samples a long one).
 */
const DAY_MS = 86_400_000;
const TO_ARG = /^(to|end|until|date_?to|to_?date|end_?date|finish)$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The asked last day, when the call sent one after `from`. */
export function seriesEnd30(args: Readonly<Record<string, unknown>>, from: string): string | undefined {
  const to = Object.entries(args).find(([k, v]) => TO_ARG.test(k) && typeof v === 'string' && ISO_DAY.test(v))?.[1] as string | undefined;
  return to !== undefined && to > from ? to : undefined;
}

/** `n` days from `from`: one a day while they fit the range, else spread evenly to `to` (whole days). */
export function spanDays30(n: number, from: string, to: string | undefined): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const span = to === undefined ? 0 : Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS);
  const step = n > 1 && span > n - 1 ? span / (n - 1) : 1;
  return Array.from({ length: n }, (_, i) => new Date(start + Math.round(i * step) * DAY_MS).toISOString().slice(0, 10));
}

const CLOSE = /^(close|adj_?close|price|last|value)$/i;

/**
 * A sparse price series (points months apart) is on trading days (a Sunday moves to Monday, the last day back to
 * Friday, never past the day asked) and moves as a market does over the gap: at most 3 % times the square root
 * of the days between, capped at 18 % (the Dow never doubles in a year). Values a chain reads (`kept`) stay.
 */
export function sparseMarket30(rows: Record<string, unknown>[], key: string, kept: (v: unknown) => boolean): void {
  const close = Object.keys(rows[0] ?? {}).find((k) => CLOSE.test(k) && typeof rows[0]![k] === 'number');
  if (close === undefined || rows.length < 2) return;
  const times = rows.map((r) => Date.parse(`${r[key] as string}T00:00:00Z`));
  if (times.some((t, i) => Number.isNaN(t) || (i > 0 && t - times[i - 1]! <= 4 * DAY_MS))) return;
  rows.forEach((r, i) => {
    const weekday = new Date(times[i]!).getUTCDay();
    const last = i === rows.length - 1;
    const shift = weekday === 6 ? (last ? -1 : 2) : weekday === 0 ? (last ? -2 : 1) : 0;
    if (shift !== 0) r[key] = new Date(times[i]! + shift * DAY_MS).toISOString().slice(0, 10);
  });
  if (rows.some((r) => kept(r[close]) || typeof r[close] !== 'number')) return;
  const drawn = rows.map((r) => r[close] as number);
  const values = [drawn[0]!];
  for (let i = 1; i < rows.length; i++) {
    const days = (times[i]! - times[i - 1]!) / DAY_MS;
    const move = (((Math.round(drawn[i]! * 100) % 61) - 30) / 1000) * Math.min(6, Math.sqrt(days));
    values.push(Math.max(0.01, values[i - 1]! * (1 + move)));
  }
  // The walk keeps the drawn median (the level the period was priced at).
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const factor = median(drawn) / median(values);
  rows.forEach((r, i) => {
    const value = values[i]! * factor;
    r[close] = Number.isInteger(drawn[i]) && drawn[i]! > 1000 ? Math.round(value) : Math.round(value * 100) / 100;
  });
}
