/**
 * Filters a list result must hold (QUALITY.md E), read from the record alone (it shares nothing with the planner):
 * - `filter_ignored`: a read's listed records fall inside the date range its call sent (`createdSince`..`createdUntil`:
 *   no `creationDate` 2026-02-01; `postedSince 2024-11-16`: no `postedAt` August 2024), on the day sent
 *   (`published_date`), in the year sent (`year`); they carry the country or market code sent, a documented default
 *   counting as sent (`country` US: no `country: "IT"`), the dietary label sent (`dietary=halal`: every dish tagged
 *   halal), the condition sent (`Used`: no "Refurbished" offer), the road sent (`roadId: A6`: no "A1 | …" roadwork).
 * - `diet_tag_contradicted`: no dish is tagged against its name (a vegetarian "Golden Duck", a vegan
 *   "Fettuccine Alfredo", a halal "Bacon Burger").
 */
import type { DialogueRecord, Turn } from '../plan/types.ts';
import { operationEffect } from '../specs/index.ts';
import type { InvariantId, Violation } from './types.ts';
import { memoized } from '../text/memo.ts';

/** `filter_ignored` is listed once, with _rules-values2.ts, whose item-level check this rule widens to whole lists. */
export const FILTER_INVARIANTS = ['diet_tag_contradicted'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

const words = memoized((key: string): string[] => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== ''));
const isJson = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}/;
const FROM = new Set(['since', 'after', 'from', 'start', 'begin', 'min', 'gte', 'earliest']);
const UNTIL = new Set(['until', 'till', 'before', 'to', 'end', 'max', 'lte', 'latest']);
/** Bounds that hold alone; a lone `from`/`start` may be an anchor (`dateFrom` with `daysFrom`). */
const ALONE = new Set(['since', 'after', 'until', 'till', 'before']);
const TIME_WORDS = new Set(['date', 'time', 'datetime', 'day', 'at', 'on', 'dt', 'timestamp', 'utc', 'gmt']);
/** created/creation → creat, published/publication → publi, posted/posting → post. */
const stemOf = memoized((w: string): string => w.replace(/^(.{3,}?)(ion|ing|ed|es|e|s)$/, '$1').slice(0, 5));
const CONDITIONS = ['new', 'used', 'refurbished', 'renewed', 'collectible'];
const CONDITION_WORDS = CONDITIONS.map((c) => [c, new RegExp(`\\b${c}\\b`, 'i')] as const);

const MEATY = /\b(beef|pork|quail|pigeon|rabbit|goose|emu|ostrich|kangaroo|crocodile|carne|bacon|ham|chicken|duck|lamb|veal|turkey|sausages?|salami|pepperoni|prosciutto|chorizo|steak|brisket|venison|salmon|tuna|shrimps?|prawns?|crab|lobster|anchov\w*|octopus|calamari|fish|cod|seafood|mussels|clams|scallops|squid)\b/i;
const DAIRY_EGG = /\b(cheese|cream|butter|alfredo|milk|yogh?urt|eggs?|omelette|honey|parmesan|mozzarella|feta|ricotta|cheddar|paneer|carbonara|caprese|burrata|tiramis\w*|cheesecake|mousse|brûlée|brulee|panna cotta|custard)\b/i;
/** Wheat a dish's name says it is made of (wave 24: no gluten-free "Pasta And Beans"). */
const WHEAT = /\b(pasta|spaghetti|penne|lasagne|lasagna|noodles?|bread|pizza|pie|tart|crumble|burger|bruschetta|couscous|pancakes?|waffles?|croissants?|sandwich|dumplings)\b/i;
const HARAM = /\b(pork|bacon|ham|prosciutto|chorizo|salami|pepperoni|wine|beer|rum|vodka|whiske?y)\b/i;

/** Records listed in the result (items of lists, nested lists too), and the root with one wrapper below. */
function listed(result: unknown): { items: Json[]; tops: Json[] } {
  const items: Json[] = [];
  const visit = (v: unknown, depth: number, inList: boolean): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1, true);
    else if (isJson(v)) {
      if (inList) items.push(v);
      for (const c of Object.values(v)) if (c !== null && typeof c === 'object') visit(c, depth + 1, false);
    }
  };
  visit(result, 0, false);
  const tops: Json[] = isJson(result) ? [result, ...Object.values(result).filter(isJson)] : [];
  return { items, tops };
}

/** Why a listed record breaks a date argument, if it does. */
function dateBreak(args: Json, items: Json[]): string | undefined {
  const ranges = new Map<string, { from?: string; until?: string; alone?: boolean }>();
  for (const [name, value] of Object.entries(args)) {
    if (typeof value !== 'string' || !DATE.test(value)) continue;
    const w = words(name);
    const side = w.some((x) => FROM.has(x)) ? 'from' : w.some((x) => UNTIL.has(x)) ? 'until' : w.includes('date') || w.includes('day') ? 'both' : undefined;
    if (side === undefined) continue;
    const rest = w.filter((x) => !FROM.has(x) && !UNTIL.has(x) && !TIME_WORDS.has(x));
    const stem = rest.length > 0 ? stemOf(rest[0]!) : '';
    const r = ranges.get(stem) ?? {};
    if (side !== 'until') r.from = value.slice(0, 10);
    if (side !== 'from') r.until = value.slice(0, 10);
    if (side === 'both' || w.some((x) => ALONE.has(x))) r.alone = true;
    ranges.set(stem, r);
  }
  for (const [stem, r] of ranges) {
    if ((r.from !== undefined && r.until !== undefined && r.from > r.until) || ((r.from === undefined || r.until === undefined) && !r.alone)) continue;
    for (const item of items) {
      for (const [key, v] of Object.entries(item)) {
        if (typeof v !== 'string' || !DATE.test(v)) continue;
        const kw = words(key);
        if (stem === '' ? !(kw.length === 1 && kw[0] === 'date') : !kw.some((x) => stemOf(x) === stem)) continue;
        const day = v.slice(0, 10);
        if ((r.from !== undefined && day < r.from) || (r.until !== undefined && day > r.until)) return `${key} ${v} outside ${r.from ?? '…'}..${r.until ?? '…'}`;
      }
    }
  }
  return undefined;
}

/** The call's arguments with the documented string defaults of the filters it did not send. */
function withDefaults(record: DialogueRecord, operation: string, args: Json): Json {
  const props = record.operations[operation]?.parameters?.properties;
  const out: Json = { ...args };
  if (isJson(props)) for (const [name, schema] of Object.entries(props)) if (!(name in out) && isJson(schema) && typeof schema.default === 'string' && /(^|_)(country|market|country_code)$/.test(words(name).join('_'))) out[name] = schema.default;
  return out;
}

/** Why a record breaks an equality argument (a code, a dietary label, a condition), if it does. */
function valueBreak(args: Json, items: Json[], tops: Json[]): string | undefined {
  for (const [name, wanted] of Object.entries(args)) {
    if (typeof wanted !== 'string' || wanted === '' || /[,|*]/.test(wanted)) continue;
    const arg = words(name);
    const last = arg[arg.length - 1]!;
    const kind = last === 'code' && arg.includes('country') ? 'country' : last;
    for (const rec of kind === 'country' || kind === 'market' ? [...tops, ...items] : items) {
      for (const [key, v] of Object.entries(rec)) {
        const kw = words(key);
        const kl = kw[kw.length - 1];
        if ((kind === 'country' || kind === 'market') && /^[A-Za-z]{2}$/.test(wanted)) {
          // The record's own country or market (`origin_country` is another fact about it).
          const one = kw.join('_') === kind || (kind === 'country' && kw.join('_') === 'country_code');
          if (one && typeof v === 'string' && /^[A-Z]{2}$/.test(v) && v !== wanted.toUpperCase()) return `${key} ${v} where ${name} ${wanted} was asked`;
          if (kl === `${kind}s` && Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && /^[A-Z]{2}$/.test(x)) && !v.includes(wanted.toUpperCase())) return `${key} ${JSON.stringify(v)} lacks ${name} ${wanted}`;
        } else if ((kind === 'dietary' || kind === 'diet') && (kw[0] === 'dietary' || kw[0] === 'diet') && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
          const norm = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, '_');
          if (!v.some((x) => norm(x as string) === norm(wanted) || (norm(wanted) === 'vegetarian' && norm(x as string) === 'vegan'))) return `${key} ${JSON.stringify(v)} lacks ${name} ${wanted}`;
        } else if (kind === 'condition' && kl === 'condition' && typeof v === 'string' && CONDITIONS.includes(wanted.toLowerCase())) {
          const said = CONDITION_WORDS.filter(([, re]) => re.test(v)).map(([c]) => c);
          if (said.length > 0 && !said.includes(wanted.toLowerCase())) return `${key} "${v}" where ${name} ${wanted} was asked`;
        }
      }
    }
  }
  return undefined;
}

/** Why a listed record breaks a year argument (`year`, `release_year`), if it does. */
function yearBreak(args: Json, items: Json[]): string | undefined {
  for (const [name, wanted] of Object.entries(args)) {
    const arg = words(name).join('_');
    // One year (`year`, `release_year`), not an end of a range (`start_year`, `max_year`).
    if (!(arg === 'year' || arg.endsWith('_year')) || words(name).some((x) => FROM.has(x) || UNTIL.has(x)) || !/^\d{4}$/.test(String(wanted))) continue;
    for (const item of items) for (const [key, v] of Object.entries(item)) if ((words(key).join('_') === arg || words(key).join('_') === 'year') && /^\d{4}$/.test(String(v)) && String(v) !== String(wanted)) return `${key} ${String(v)} where ${name} ${String(wanted)} was asked`;
  }
  return undefined;
}

const ROAD_CODE = /^[A-Z]{1,2}\d{1,4}$/;
const ROAD_HEAD = /^([A-Z]{1,2})\d{1,4}(?= ?[|:–-] )/;
/** Why a listed record names another road than the one sent (`roadId: A6`, title "A1 | AS Pansdorf …"), if it does. */
function roadBreak(args: Json, items: Json[]): string | undefined {
  const codes = Object.values(args).filter((v): v is string => typeof v === 'string' && ROAD_CODE.test(v));
  if (codes.length !== 1) return undefined;
  const code = codes[0]!;
  for (const item of items) {
    for (const [key, v] of Object.entries(item)) {
      const m = typeof v === 'string' ? ROAD_HEAD.exec(v) : null;
      if (m && code.startsWith(m[1]!) && /^\d/.test(code.slice(m[1]!.length)) && m[0] !== code) return `${key} "${v}" for ${code}`;
    }
  }
  return undefined;
}

/** Why a dish is tagged against its name, if it is. */
function dietBreak(items: Json[]): string | undefined {
  for (const item of items) {
    const name = item.name ?? item.title;
    if (typeof name !== 'string') continue;
    for (const [key, v] of Object.entries(item)) {
      const kw = words(key);
      if (!(kw[0] === 'dietary' || kw[0] === 'diet') || !Array.isArray(v)) continue;
      for (const tag of v) {
        const t = typeof tag === 'string' ? tag.toLowerCase() : '';
        if (((t === 'vegetarian' || t === 'vegan') && MEATY.test(name)) || (t === 'vegan' && DAIRY_EGG.test(name)) || (t === 'halal' && HARAM.test(name)) || (/^gluten[ _-]?free$/.test(t) && WHEAT.test(name))) return `"${name}" is tagged ${t}`;
      }
    }
  }
  return undefined;
}

export function checkFilters(record: DialogueRecord, add: Add): void {
  const turns: readonly Turn[] = record.turns;
  const resultAt = new Map<string, number>();
  turns.forEach((t, i) => {
    if (t.speaker === 'tool' && t.status === 'ok') resultAt.set(t.call_id, i);
  });
  for (const turn of turns) {
    if (turn.speaker !== 'assistant' || !turn.call || turn.error) continue;
    const at = resultAt.get(turn.call.id);
    const tool = at === undefined ? undefined : turns[at];
    if (at === undefined || !tool || tool.speaker !== 'tool') continue;
    const { items, tops } = listed(tool.result);
    const diet = dietBreak(items);
    if (diet) add('diet_tag_contradicted', at, `${turn.call.operation}: ${diet}`);
    const op = record.operations[turn.call.operation];
    if (op && operationEffect({ method: op.method, path: op.path, name: op.name || turn.call.operation, description: op.description }).effect !== 'read') continue;
    const args = withDefaults(record, turn.call.operation, turn.call.arguments as Json);
    const why = dateBreak(args, items) ?? yearBreak(args, items) ?? valueBreak(args, items, tops) ?? roadBreak(args, items);
    if (why) add('filter_ignored', at, `${turn.call.operation} returns ${why}`);
  }
}

/** The violations of `record` only (for tests). */
export function filterViolations(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkFilters(record, (invariant, turn, message) => out.push({ invariant, turn, message }));
  return out;
}
