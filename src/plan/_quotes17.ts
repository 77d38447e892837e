/**
 * A stock quote whose numbers agree (QUALITY.md E): drawn one by one, a quote read "last 345.80, change 461.57
 * (+6.90 %), high 54.85, low 275.11, bid 41.01, ask 253.21". Here every figure is built from the last price: the
 * previous close a few percent away, the change and its percent between them, the open near the previous close,
 * the day's high and low around both, the bid and the ask a few cents either side, the year's range around the day's.
 * Values are written back in their drawn form ("$275.11", "(+6.90%)", 441.6).
 */
import { memoized } from '../text/memo.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const words = snakeKey;

type Role = 'last' | 'previous' | 'change' | 'percent' | 'open' | 'high' | 'low' | 'bid' | 'ask' | 'high52' | 'low52';

const ROLES: ReadonlyArray<[RegExp, Role]> = [
  [/^(last_?price|last|last_?trade_?price|regular_?market_?price|current_?price)$/, 'last'],
  [/^(previous_?close|price_?previous_?close|prev_?close|regular_?market_?previous_?close)$/, 'previous'],
  [/^(change|net_?change|price_?change|regular_?market_?change)$/, 'change'],
  [/^(change_?percent|percent_?change|change_?pct|pct_?change|regular_?market_?change_?percent)$/, 'percent'],
  [/^(open|price_?open|open_?price|regular_?market_?open)$/, 'open'],
  [/^(high|day_?high|high_?price|regular_?market_?day_?high)$/, 'high'],
  [/^(low|day_?low|low_?price|regular_?market_?day_?low)$/, 'low'],
  [/^(bid|bid_?price)$/, 'bid'],
  [/^(ask|ask_?price)$/, 'ask'],
  [/^(high_?52_?week|52_?week_?high|year_?high|fifty_?two_?week_?high)$/, 'high52'],
  [/^(low_?52_?week|52_?week_?low|year_?low|fifty_?two_?week_?low)$/, 'low52'],
];

/** The quote role a key names, kept per key (every object of every result passes here). */
const roleOf = memoized((k: string): Role | '' => {
  const w = words(k);
  return ROLES.find(([re]) => re.test(w))?.[1] ?? '';
});

/** A quote's number as drawn: "$275.11" → 275.11, "(+6.90%)" → 6.9; undefined when it is no number. */
function figure(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const m = /^\(?([+-]?)\$?(\d+(?:\.\d+)?)%?\)?$/.exec(value.trim());
  return m ? Number(`${m[1]}${m[2]}`) : undefined;
}

/** `value` written in the form of `drawn`: its prefix, sign, decimals and brackets kept. */
function writeLike(drawn: unknown, value: number, signed: boolean): unknown {
  if (typeof drawn === 'number') return Number(value.toFixed(Number.isInteger(drawn) ? 0 : 2));
  const text = String(drawn).trim();
  const digits = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  const body = `${signed && value >= 0 && /\+/.test(text) ? '+' : ''}${value < 0 ? '-' : ''}${text.includes('$') ? '$' : ''}${Math.abs(value).toFixed(digits)}${text.includes('%') ? '%' : ''}`;
  return text.startsWith('(') ? `(${body})` : body;
}

/** A quote record's figures made to agree with its last price; `free` says which keys may change. */
export function agreeQuote(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const keys: Partial<Record<Role, string>> = {};
  let count = 0;
  for (const k of Object.keys(obj)) {
    const role = roleOf(k);
    if (role !== '' && keys[role] === undefined && figure(obj[k]) !== undefined) {
      keys[role] = k;
      count++;
    }
  }
  const last = keys.last !== undefined ? figure(obj[keys.last]) : undefined;
  // A quote: a last price and at least three of its companions (a bid and an ask, a change, a previous close).
  if (last === undefined || last <= 0 || count < 4 || (keys.change === undefined && keys.previous === undefined && keys.bid === undefined)) return;
  const seed = Math.round(last * 100);
  const r = (n: number): number => ((seed * (n * 7919 + 104729)) % 1000) / 1000;
  const percent = (r(1) * 8 - 4) || 0.5;
  const previous = last / (1 + percent / 100);
  const open = previous * (1 + (r(2) - 0.5) / 50);
  const high = Math.max(last, open) * (1.002 + r(3) / 100);
  const low = Math.min(last, open) * (0.998 - r(4) / 100);
  const spread = 0.01 * (1 + Math.floor(r(5) * 5));
  const values: Record<Role, number> = {
    last, previous, change: last - previous, percent: ((last - previous) / previous) * 100, open, high, low,
    bid: last - spread, ask: last + spread, high52: high * (1.1 + r(6) / 2), low52: low * (0.55 + r(7) / 3),
  };
  for (const [role, k] of Object.entries(keys) as Array<[Role, string]>) {
    if (role === 'last' || !free(k)) continue;
    obj[k] = writeLike(obj[k], values[role], role === 'change' || role === 'percent');
  }
}
