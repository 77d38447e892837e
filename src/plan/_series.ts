/**
 * Lists that are a series over time (QUALITY.md E): a model's generations follow one another (1, 2, 3, each
 * built from the year the one before ended), a history's seasons are distinct and in order. Drawn one by one,
 * they overlap and repeat ("generation 3, 2001–2020" beside "generation 3, 2011–2023").
 */
import { seriesEnd30, sparseMarket30, spanDays30 } from './_series-span-sky30.ts';

const ORDINAL = /^(generation|gen|revision|edition_number|series_number)$/;
const START = /^(start_year|year_from|from_year|first_year|year_start)$/;
const END = /^(end_year|year_to|to_year|last_year|year_end)$/;
const SEASON = /^(season|year)$/;
/** Numbers that place an item in its text (a verse's number): distinct, in reading order. */
const NUMBERED = /^(number|verse_number|ayah|verse)$/;

type Row = Record<string, unknown>;

const FROM_ARG = /^(from|start|since|date_?from|from_?date|start_?date|begin)$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isRow = (v: unknown): v is Row => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Puts the top-level lists of a result that are series in order; values the chain reads (`keep`) stay. */
export function settleSeries(result: unknown, keep: ReadonlySet<string>, args: Record<string, unknown> = {}): void {
  if (!isRow(result)) return;
  const from = Object.entries(args).find(([k, v]) => FROM_ARG.test(k) && typeof v === 'string' && ISO_DAY.test(v))?.[1] as string | undefined;
  for (const list of Object.values(result)) {
    if (!Array.isArray(list) || list.length < 2 || !list.every(isRow)) continue;
    const keys = Object.keys(list[0] as Row);
    const start = keys.find((k) => START.test(k) && typeof (list[0] as Row)[k] === 'number');
    const end = keys.find((k) => END.test(k) && typeof (list[0] as Row)[k] === 'number');
    const ordinal = keys.find((k) => ORDINAL.test(k) && typeof (list[0] as Row)[k] === 'number');
    const season = keys.find((k) => SEASON.test(k) && typeof (list[0] as Row)[k] === 'number');
    if (start !== undefined && end !== undefined) spans(list as Row[], start, end, ordinal, keep);
    else if (season !== undefined && ordinal === undefined) seasons(list as Row[], season, keep);
    const numbered = keys.find((k) => NUMBERED.test(k) && typeof (list[0] as Row)[k] === 'number');
    if (numbered !== undefined) ascending(list as Row[], numbered, keep);
    const dated = keys.find((k) => k === 'date' && typeof (list[0] as Row)[k] === 'string');
    if (dated !== undefined && start === undefined && season === undefined) daily(list as Row[], dated, from, keep, from === undefined ? undefined : seriesEnd30(args, from));
  }
}

const kept = (row: Row, key: string, keep: ReadonlySet<string>): boolean => keep.has(JSON.stringify(row[key]));

/** Successive spans: sorted by start, each ending the year before the next starts, numbered 1, 2, 3. */
function spans(rows: Row[], start: string, end: string, ordinal: string | undefined, keep: ReadonlySet<string>): void {
  if (rows.some((r) => kept(r, start, keep) || kept(r, end, keep))) return;
  const starts = rows.map((r) => r[start] as number).sort((a, b) => a - b);
  const last = Math.max(...rows.map((r) => r[end] as number));
  // Distinct starts at least four years apart (a generation is built for years, not months).
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]! + 4) starts[i] = starts[i - 1]! + 4;
  const finish = Math.max(last, starts[starts.length - 1]! + 1);
  rows.forEach((r, i) => {
    r[start] = starts[i]!;
    r[end] = i + 1 < rows.length ? starts[i + 1]! - 1 : finish;
    if (ordinal !== undefined && !kept(r, ordinal, keep)) r[ordinal] = i + 1;
  });
}

/** Distinct seasons, latest first, as a history lists them. */
function seasons(rows: Row[], season: string, keep: ReadonlySet<string>): void {
  if (rows.some((r) => kept(r, season, keep))) return;
  const top = Math.max(...rows.map((r) => r[season] as number));
  rows.forEach((r, i) => {
    r[season] = top - i;
  });
}

/** Distinct numbers in ascending order (verses 13, 14, 21, never 21, 13, 14 or 19 twice). */
function ascending(rows: Row[], key: string, keep: ReadonlySet<string>): void {
  if (rows.some((r) => kept(r, key, keep) || typeof r[key] !== 'number')) return;
  const values = rows.map((r) => r[key] as number).sort((a, b) => a - b);
  for (let i = 1; i < values.length; i++) if (values[i]! <= values[i - 1]!) values[i] = values[i - 1]! + 1;
  rows.forEach((r, i) => {
    r[key] = values[i]!;
  });
}

/** Values by date in date order; a series asked from a day starts that day, one entry a day. */
function daily(rows: Row[], key: string, from: string | undefined, keep: ReadonlySet<string>, to?: string): void {
  if (rows.some((r) => kept(r, key, keep) || typeof r[key] !== 'string' || !ISO_DAY.test(r[key] as string))) return;
  if (from !== undefined) {
    // A range longer than the rows is spanned by them, spread evenly (_series-span-sky30.ts).
    const days = spanDays30(rows.length, from, to);
    rows.forEach((r, i) => {
      r[key] = days[i]!;
    });
    sparseMarket30(rows, key, (v) => keep.has(JSON.stringify(v)));
    return;
  }
  const days = rows.map((r) => r[key] as string).sort();
  rows.forEach((r, i) => {
    r[key] = days[i]!;
  });
}
