/**
 * The date order a list is documented to come in: an operation's summary and description ("newest first", "sorted
 * by ascending time", "in reverse chronological order") and a sort argument the call sent (`order=desc`,
 * `sort=-created_at`, `sort=oldest`). The arguments win; a sort by another field (price, name) orders no dates.
 */

export type DateOrder = { dir: 'desc' | 'asc'; key?: string };

const DESC_TEXT = /\b(?:newest|latest|most recent|most recently \w+|recent) (?:ones |items |entries |results |posts |jobs |orders )?first\b|\breverse[- ]chronological\b|\bnewest to oldest\b|\b(?:sorted|ordered|sorts|orders|ranked) (?:by|on) [a-z ]{0,30}?\b(?:date|time|timestamp)s? (?:in )?desc(?:ending)?\b|\bin descending order of (?:their )?[a-z ]{0,20}?(?:date|time|creation|publication)\b|\b(?:date|time)s? descending\b|\b(?:sorted|ordered) by descending (?:date|time|timestamp)\b/i;
const ASC_TEXT = /\boldest (?:ones |items |entries |results )?first\b|\boldest to newest\b|\b(?:sorted|ordered) by ascending (?:date|time|timestamp)\b|\b(?:sorted|ordered|sorts|orders) (?:by|on) [a-z ]{0,30}?\b(?:date|time|timestamp)s? (?:in )?asc(?:ending)?\b|\bin ascending order of (?:their )?[a-z ]{0,20}?(?:date|time|creation|publication)\b|\b(?:date|time)s? ascending\b|\bin chronological order\b/i;
const DIR_KEY = /^(order|sort_?order|sort_?dir|sort_?direction|direction|dir|order_?dir|order_?direction|ordering_?direction)$/;
const FIELD_KEY = /^(sort|sort_?by|order_?by|orderby|sortby|ordering|sort_?field|sort_?key)$/;
const DESC_WORD = /^(desc|descending|newest|latest|recent|most_?recent|newest_?first|date_?desc|new)$/i;
const ASC_WORD = /^(asc|ascending|oldest|earliest|oldest_?first|date_?asc|old)$/i;
const DATE_FIELD = /(^|_)(date|time|timestamp|created|updated|modified|posted|published|placed|at|on|datetime)($|_)/;

const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[\s-]+/g, '_').toLowerCase();
const memo = new Map<string, 'desc' | 'asc' | null>();

/** The order the text documents, if it documents one and only one. */
function textOrder(text: string): 'desc' | 'asc' | null {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const desc = DESC_TEXT.test(text);
  const asc = ASC_TEXT.test(text);
  const out = desc === asc ? null : desc ? 'desc' : 'asc';
  memo.set(text, out);
  return out;
}

/** A sort argument's field and direction ("-created_at", "postedAt:desc", "date desc"), or a word ("newest"). */
function fieldOrder(value: string): { dir?: 'desc' | 'asc'; key?: string; other?: true } {
  const v = value.trim();
  if (DESC_WORD.test(v)) return { dir: 'desc' };
  if (ASC_WORD.test(v)) return { dir: 'asc' };
  const m = /^([+-]?)([A-Za-z_][\w.]*?)(?:[: _](asc|desc))?$/i.exec(v);
  if (!m) return { other: true };
  const key = snake(m[2]!);
  if (!DATE_FIELD.test(key)) return { other: true };
  const dir = m[1] === '-' || /desc/i.test(m[3] ?? '') ? 'desc' : m[1] === '+' || /asc/i.test(m[3] ?? '') ? 'asc' : undefined;
  return dir === undefined ? { key } : { dir, key };
}

/** The date order of the list the call returns, or undefined where nothing documents one. */
export function documentedOrder(text: string, args: Readonly<Record<string, unknown>>): DateOrder | undefined {
  let dir: 'desc' | 'asc' | undefined;
  let key: string | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== 'string') continue;
    const w = snake(k);
    if (DIR_KEY.test(w) && DESC_WORD.test(v)) dir = 'desc';
    else if (DIR_KEY.test(w) && ASC_WORD.test(v)) dir = 'asc';
    else if (FIELD_KEY.test(w) || DIR_KEY.test(w)) {
      const f = fieldOrder(v);
      if (f.other) return undefined;
      dir = f.dir ?? dir;
      key = f.key ?? key;
    }
  }
  dir ??= textOrder(text) ?? undefined;
  if (dir === undefined) return undefined;
  return key === undefined ? { dir } : { dir, key };
}
