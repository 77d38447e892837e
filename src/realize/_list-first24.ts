/**
 * The reply to a list that is not said item by item: facts every item shares are said once for all ("For all of
 * them, the image type is image/webp"), never "for the first one"; a dated series (a forecast of 6 days) is said
 * over its span (range of the numbers, the value of each day), never by its first day alone.
 */
import * as P from './_phrases.ts';
import type { Rng } from '../random/index.ts';
import { wholeList } from './_response-whole.ts';
import { joinList, upperFirst } from './words.ts';
import { sayDate } from './_say.ts';
import { SERIES_DAY_KEY } from '../text/words24.ts';
import { eachItem26 } from './_each-item26.ts';
import { rangeReply28 } from './_ranges-lists28.ts';
import { idList29 } from './_replies29.ts';
import { longWholeList34 } from './_whole-long-discoa34.ts';

type Marked = { text: string; asked: boolean; lead: boolean; kind: boolean };
type FactsOf = (item: unknown, max: number) => Marked[];

/** `facts`: the first item's facts to tell (none when they would tell nothing). */
export function listReply24(rng: Rng, count: string, items: readonly unknown[], facts: readonly string[], factsOf: FactsOf): string {
  const about = joinList([...facts]);
  // Records said by nothing but ids and nested definitions are told by their ids, never by the first one's insides (wave 29),
  // nor by the contents of their nested lists ("2 type definitions (type user, type document)" twice, wave 32).
  const ids = idList29(count, items);
  if (ids) return ids;
  const whole = items.length >= 2 && items.length <= 5 && about ? wholeList(count, items, factsOf) : undefined;
  if (whole) return whole;
  if (!about) return `${upperFirst(count)}.`;
  if (items.length === 1) return rng.pick(P.RESULT_ONE)(count, about);
  const series = seriesReply(count, items, factsOf) ?? rangeReply28(count, items, factsOf);
  if (series) return series;
  const shared = sharedFacts(items, facts, factsOf);
  // A longer list of short items is still said whole, never by its first item (wave 34).
  if (shared.length === 0) return longWholeList34(count, items, factsOf) ?? rng.pick(P.RESULT_LIST)(count, about);
  const rest = facts.filter((f) => !shared.includes(f));
  const all = items.length === 2 ? 'For both' : 'For all of them';
  // What differs is said of each item, else not at all: never "for the first one, …" of one arbitrary item (wave 26).
  const each = eachItem26(rest, items, (item) => factsOf(item, 12).map((f) => f.text));
  return `${upperFirst(count)}. ${all}, ${joinList(shared)}${each.length > 0 ? `; ${joinList(each)}` : ''}.`;
}

/** The first item's facts that every item has word for word; stops as soon as none is left. */
function sharedFacts(items: readonly unknown[], facts: readonly string[], factsOf: FactsOf): string[] {
  let shared = [...facts];
  for (const item of items.slice(1)) {
    const own = new Set(factsOf(item, 12).map((f) => f.text));
    shared = shared.filter((f) => own.has(f));
    if (shared.length === 0) break;
  }
  return shared;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FACT = /^the ([a-zA-Z][a-zA-Z0-9 ]*?) (?:is|are) (.+)$/;
const NUMBER = /^(-?\d+(?:\.\d+)?)((?: [a-zA-Z%°][^,;]*)?)$/;

/** The key holding each item's own calendar day (all items have one, all different), if any. */
function dayKey(items: readonly unknown[]): string | undefined {
  const first = items[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return undefined;
  for (const [key, value] of Object.entries(first)) {
    if (typeof value !== 'string' || !DAY.test(value) || !SERIES_DAY_KEY.test(key)) continue;
    const days = items.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined));
    if (days.every((d) => typeof d === 'string' && DAY.test(d)) && new Set(days).size === days.length) return key;
  }
  return undefined;
}

/** "6 forecasts from April 2 to April 7, 2026: the temperature ranges from 6.3 to 11 degrees Celsius; the condition is Clear sky on April 2, …". */
function seriesReply(count: string, items: readonly unknown[], factsOf: FactsOf): string | undefined {
  if (items.length > 14) return undefined;
  const key = dayKey(items);
  if (!key) return undefined;
  const days = items.map((item) => sayDate((item as Record<string, string>)[key] as string) ?? '');
  const short = days.map((d) => d.replace(/, \d{4}$/, ''));
  // field → its value per day, in the order the first item tells them; the day itself is the label, not a fact.
  const fields = new Map<string, string[]>();
  items.forEach((item, n) => {
    for (const fact of factsOf(item, 4)) {
      const m = FACT.exec(fact.text);
      const raw = (item as Record<string, string>)[key] as string;
      if (!m || m[2] === days[n] || (m[2] as string).startsWith(raw) || m[1] === key.replace(/_/g, ' ')) continue;
      const values = fields.get(m[1] as string) ?? (n === 0 ? [] : undefined);
      if (values && values.length === n) fields.set(m[1] as string, [...values, m[2] as string]);
    }
  });
  const parts: string[] = [];
  for (const [field, values] of fields) {
    if (values.length !== items.length || parts.length >= 3) continue;
    parts.push(seriesPart(field, values, short));
  }
  if (parts.length === 0) return undefined;
  return `${upperFirst(count)} from ${short[0]} to ${days[days.length - 1]}: ${parts.join('; ')}.`;
}

function seriesPart(field: string, values: readonly string[], days: readonly string[]): string {
  if (new Set(values).size === 1) return `the ${field} is ${values[0]} throughout`;
  const numbers = values.map((v) => NUMBER.exec(v));
  if (numbers.every((m) => m !== null)) {
    const xs = numbers.map((m) => Number((m as RegExpExecArray)[1]));
    const unit = numbers.map((m) => (m as RegExpExecArray)[2]).find((u) => u) ?? '';
    const low = String(Math.min(...xs));
    const high = String(Math.max(...xs));
    return `the ${field} ranges from ${low} to ${high}${unit}`;
  }
  // Days in a row with the same value are said together ("Mist on April 3 and April 4").
  const runs: { value: string; on: string[] }[] = [];
  values.forEach((value, n) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value) last.on.push(days[n] as string);
    else runs.push({ value, on: [days[n] as string] });
  });
  return `the ${field} is ${joinList(runs.map((r) => `${r.value} on ${joinList(r.on)}`))}`;
}
