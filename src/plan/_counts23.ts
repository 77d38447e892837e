/**
 * Counts of one record that must agree (wave 23): the same count in two fields (an album's `total_tracks` and its
 * `tracks.total`), an e-mail funnel in order (sent ≥ delivered ≥ unique opens ≥ unique clicks, a unique count
 * never above its total), and a grant or loan marked repaid that owes nothing, with a fee a small share of it.
 */

const COUNT_OF = /^(?:total_|num_|number_of_)([a-z]+)$|^([a-z]+)_count$/;

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** `total_tracks: 9` beside `tracks: {total: 4}` (or `tracks: {items: […12]}`): one count, said once. */
export function oneCountTwice(record: Record<string, unknown>, fixed: readonly string[]): void {
  for (const key of Object.keys(record)) {
    if (!isCount(record[key]) || fixed.includes(key)) continue;
    const m = COUNT_OF.exec(snake(key));
    const noun = m?.[1] ?? m?.[2];
    if (noun === undefined) continue;
    const holder = record[noun];
    if (!holder || typeof holder !== 'object' || Array.isArray(holder)) continue;
    const inner = holder as Record<string, unknown>;
    const items = Object.values(inner).find(Array.isArray);
    // The items shown are a page of at most the count: a count below them grows to them.
    if (items !== undefined && (record[key] as number) < items.length) record[key] = items.length;
    if (isCount(inner.total)) inner.total = record[key];
  }
}

/** The steps of a mail funnel, widest first; a step's total may exceed a narrower step (several opens a recipient). */
const FUNNEL = ['sent', 'delivered', 'unique_opens', 'unique_clicks'] as const;

/** {sent: 352, opens: 142, clicks: 336, unique_clicks: 135, unique_opens: 68}: clicks never outrun opens. */
export function funnelInOrder(record: Record<string, unknown>): void {
  if (!('opens' in record || 'unique_opens' in record || 'uniqueOpens' in record)) return;
  const key = new Map(Object.keys(record).map((k) => [snake(k), k]));
  const get = (name: string): number | undefined => { const k = key.get(name); return k !== undefined && isCount(record[k]) ? (record[k] as number) : undefined; };
  const set = (name: string, v: number): void => { record[key.get(name)!] = v; };
  let cap: number | undefined;
  for (const step of FUNNEL) {
    const v = get(step);
    if (v === undefined) continue;
    if (cap !== undefined && v > cap) set(step, Math.floor(cap * (0.3 + (v % 50) / 100)));
    cap = get(step);
  }
  for (const [unique, all] of [['unique_opens', 'opens'], ['unique_clicks', 'clicks']] as const) {
    const u = get(unique), a = get(all);
    if (u !== undefined && a !== undefined && u > a) set(all, u + (a % Math.max(1, u)));
  }
  const opens = get('opens'), clicks = get('clicks');
  if (opens !== undefined && clicks !== undefined && clicks > opens) {
    const floor = get('unique_clicks') ?? 0;
    set('clicks', Math.max(floor, Math.floor(opens * (0.2 + (clicks % 40) / 100))));
  }
}

const SETTLED = /^(repaid|paid|paid_?off|settled|closed|completed|fully_?repaid)$/i;
const OWED = /^(balance|outstanding|outstanding_?amount|amount_?due|remaining|remaining_?amount|principal|total|fee)$/i;

/** A grant marked Repaid owes nothing: its balances are 0. */
export function settledOwesNothing(record: Record<string, unknown>): void {
  const status = record.status;
  if (typeof status !== 'string' || !SETTLED.test(status.replace(/[\s-]+/g, '_'))) return;
  for (const k of Object.keys(record)) {
    if (!/^(balances?|outstanding)$/i.test(k)) continue;
    const v = record[k];
    if (isCount(v)) record[k] = 0;
    else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = v as Record<string, unknown>;
      for (const j of Object.keys(inner)) if (OWED.test(j) && typeof inner[j] === 'number') inner[j] = 0;
    }
  }
}

/** The minor-unit value of `{amount: {value}}` or `{value}` or a bare number. */
function moneyValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.value === 'number') return o.value;
  return o.amount !== undefined ? moneyValue(o.amount) : undefined;
}

function setMoney(v: unknown, n: number): void {
  const o = v as Record<string, unknown>;
  if (typeof o.value === 'number') o.value = n;
  else if (o.amount && typeof o.amount === 'object') setMoney(o.amount, n);
}

/** A grant's fee is a small share of the amount granted (1–12 %), not more than it. */
export function feeBelowPrincipal(record: Record<string, unknown>): void {
  if (!('fee' in record) || !('amount' in record)) return;
  const amount = moneyValue(record.amount), fee = moneyValue(record.fee);
  if (amount === undefined || fee === undefined || amount <= 0 || fee <= amount * 0.2) return;
  const share = Math.round(amount * (0.01 + (fee % 12) / 100));
  if (typeof record.fee === 'number') record.fee = share;
  else setMoney(record.fee, share);
}

/** Every record of a result: a repaid grant owes nothing, a fee is a share of the amount. */
export function settleGrants(value: unknown, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) settleGrants(item, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const v of Object.values(record)) if (v && typeof v === 'object') settleGrants(v, depth + 1);
  if ('status' in record) settledOwesNothing(record);
  if ('fee' in record) feeBelowPrincipal(record);
}

const NUMBERED = /^([A-Z][a-z]+) (\d{1,3})$/;
const NAME_FIELD = /^(name|title|label|display_?name|short_?name)$/i;

/**
 * Items named by a number of one kind ("Round 1", "Round 11", "Round 17") are consecutive, in the list's own order
 * (Round 1, 2, 3, or 17, 16, 15 when it runs down): a list of all stages skips none. A `<kind>_number` or `round`
 * field of the item that held the old number follows. `keep` tells a value the call sent or the chain reads.
 */
export function consecutiveNumbered(items: unknown[], keep: (v: unknown) => boolean): void {
  if (items.length < 2) return;
  const named: { item: Record<string, unknown>; key: string; n: number }[] = [];
  let kind: string | undefined;
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const rec = item as Record<string, unknown>;
    const key = Object.keys(rec).find((k) => NAME_FIELD.test(k) && typeof rec[k] === 'string');
    const m = key === undefined ? null : NUMBERED.exec(rec[key] as string);
    if (!m || (kind !== undefined && m[1] !== kind) || keep(rec[key!])) return;
    kind = m[1];
    named.push({ item: rec, key: key!, n: Number(m[2]) });
  }
  const down = named[0]!.n > named[named.length - 1]!.n;
  const start = down ? Math.max(...named.map((x) => x.n)) : Math.min(...named.map((x) => x.n));
  if (down && start < named.length) return;
  named.forEach(({ item, key, n }, i) => {
    const to = down ? start - i : start + i;
    if (to === n) return;
    item[key] = `${kind} ${to}`;
    for (const k of Object.keys(item)) if (item[k] === n && new RegExp(`^(${kind!.toLowerCase()}|number|${kind!.toLowerCase()}_?(number|no|num))$`, 'i').test(k)) item[k] = to;
  });
}

/** "(music, sports, arts and theatre, family)": the items a description enumerates in parentheses, 3 to 8 short ones. */
function enumerated(context: string): string[] | undefined {
  const m = /\(([a-z][a-z &'-]{1,30}(?:, [a-z][a-z &'-]{1,30}){2,7})\)/i.exec(context);
  if (!m) return undefined;
  const parts = m[1]!.split(/, /).map((p) => p.trim().replace(/^(and|or) /, ''));
  return parts.every((p) => p.split(' ').length <= 4) ? parts : undefined;
}

const said = (s: string): string => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z]+/g, ' ').trim();

/**
 * A list whose operation enumerates its items ("Returns the event types (music, sports, arts and theatre, family)")
 * holds each of them: items missing from the drawn list are added, each a copy of the last with its own name and id.
 */
export function documentedItems(items: unknown[], context: string, fresh: (seed: string, like: string) => string): void {
  if (items.length === 0 || !context.includes('(')) return;
  const names = enumerated(context);
  if (names === undefined || items.length >= names.length) return;
  const nameKeys = items.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item).find((k) => NAME_FIELD.test(k) && typeof (item as Record<string, unknown>)[k] === 'string') : undefined));
  if (nameKeys.some((k) => k === undefined)) return;
  const have = items.map((item, i) => said((item as Record<string, unknown>)[nameKeys[i]!] as string));
  if (!have.every((h) => names.some((n) => said(n) === h))) return;
  const last = items[items.length - 1] as Record<string, unknown>;
  for (const name of names) {
    if (have.includes(said(name))) continue;
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(last));
    for (const k of Object.keys(copy)) {
      if (/(^|_)id$|Id$/.test(k) && typeof copy[k] === 'string') copy[k] = fresh(name, copy[k] as string);
    }
    copy[nameKeys[nameKeys.length - 1]!] = name.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\bAnd\b/g, '&');
    items.push(copy);
  }
}

/** An id like `like` ("seg_2fvd7p3oyf"), its own: the same prefix and length, letters drawn from the name. */
export function idLike(seed: string, like: string): string {
  const prefix = /^[a-z]+_/.exec(like)?.[0] ?? '';
  const body = like.slice(prefix.length);
  let h = 2166136261;
  for (const c of seed + like) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    h = Math.imul(h ^ i, 16777619) >>> 0;
    const c = body[i]!;
    out += /\d/.test(c) ? String(h % 10) : /[A-Z]/.test(c) ? String.fromCharCode(65 + (h % 26)) : /[a-z]/.test(c) ? String.fromCharCode(97 + (h % 26)) : c;
  }
  return prefix + out;
}
