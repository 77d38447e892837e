/**
 * A made-up work is a recent one (QUALITY.md E, bundled 2026-378): "The Endless Mirrors" (1880) and "The Wild
 * Cities" (1818) by Craig Beer and Sonya Effertz beside The Master and Margarita read as invented classics. A
 * work by an author the world does not know, first published before 1950, is moved to 1985–2022 (from its own
 * year, no draw). A search sent with a year (or a date) keeps its works' years.
 */
import { BOOKS } from './_works.ts';
import { AUTHOR_WORKS } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const YEAR_KEY = /^(first_publish_year|publish_year|published_year|publication_year|first_published|year|release_year)$/;
const TITLE_KEY = /^(title|name)$/;
const snake = snakeKey;
let known: Set<string> | undefined;

/** The author names of a work record: `authors: [{name}]`, `author: "…"`, `author_name`. */
function authorsOf(r: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const [k, v] of Object.entries(r)) {
    const s = snake(k);
    if (/^(author|author_name|writer)$/.test(s) && typeof v === 'string') names.push(v);
    else if (/^(authors|author_names)$/.test(s) && Array.isArray(v)) for (const a of v) names.push(typeof a === 'string' ? a : a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string' ? (a as { name: string }).name : '');
  }
  return names.filter((n) => n !== '');
}

export function recentInventedWorks33(result: unknown, args: Readonly<Record<string, unknown>>, free: (v: unknown) => boolean): void {
  if (!result || typeof result !== 'object') return;
  if (Object.keys(args).some((k) => /year|date|since|before|after/i.test(k))) return;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (!Array.isArray(value)) {
      for (const v of Object.values(value)) visit(v, depth + 1);
      return;
    }
    for (const r of value) {
      if (!r || typeof r !== 'object' || Array.isArray(r)) continue;
      const record = r as Record<string, unknown>;
      const keys = Object.keys(record);
      const yearKey = keys.find((k) => YEAR_KEY.test(snake(k)) && typeof record[k] === 'number');
      if (yearKey === undefined || !keys.some((k) => TITLE_KEY.test(snake(k)))) continue;
      const year = record[yearKey] as number;
      const authors = authorsOf(record);
      if (year >= 1950 || year < 1000 || authors.length === 0 || !free(year)) continue;
      known ??= new Set([...BOOKS.map((b) => b.author), ...Object.keys(AUTHOR_WORKS)]);
      if (authors.some((a) => known!.has(a))) continue;
      record[yearKey] = 1985 + (year % 38);
    }
  };
  visit(result, 0);
}
