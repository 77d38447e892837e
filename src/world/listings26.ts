/**
 * Where well-known stocks trade and about how many shares they have (QUALITY.md E), wave 26: JPMorgan is quoted
 * on the NYSE, never on NASDAQ, and its market cap is its price times its shares (about 2.8 billion), never a
 * figure drawn apart from the price. Rough mid-2020s share counts, good to about 10 %. Symbols not listed keep
 * what their record drew.
 */

export interface Listing26 {
  exchange: 'NYSE' | 'NASDAQ' | 'NYSE Arca';
  /** Shares outstanding, in billions; absent for a fund. */
  sharesB?: number;
}

const N = (sharesB: number): Listing26 => ({ exchange: 'NASDAQ', sharesB });
const Y = (sharesB: number): Listing26 => ({ exchange: 'NYSE', sharesB });

const LISTINGS: Readonly<Record<string, Listing26>> = {
  AAPL: N(15), MSFT: N(7.43), GOOGL: N(5.8), GOOG: N(5.5), AMZN: N(10.6), TSLA: N(3.2), NVDA: N(24.4), META: N(2.5),
  NFLX: N(0.43), INTC: N(4.3), AMD: N(1.62), PEP: N(1.37), CSCO: N(4), ADBE: N(0.44), SBUX: N(1.13), PYPL: N(1),
  JPM: Y(2.8), KO: Y(4.3), IBM: Y(0.93), DIS: Y(1.8), ORCL: Y(2.8), XOM: Y(4.4), BAC: Y(7.8), V: Y(1.95), MA: Y(0.92),
  JNJ: Y(2.4), PG: Y(2.35), UNH: Y(0.92), HD: Y(0.99), CVX: Y(1.8), PFE: Y(5.67), T: Y(7.2), VZ: Y(4.2), CRM: Y(0.96),
  NKE: Y(1.5), MCD: Y(0.71), BA: Y(0.75), GS: Y(0.31), UBER: Y(2.1), 'BRK.B': Y(2.16), 'BRK-B': Y(2.16),
  SPY: { exchange: 'NYSE Arca' }, QQQ: { exchange: 'NASDAQ' },
};

/** The listing of a well-known US ticker ("JPM", "NYSE:JPM", "jpm"), undefined for others. */
export function listing26(symbol: unknown): Listing26 | undefined {
  if (typeof symbol !== 'string' || symbol.length === 0 || symbol.length > 12) return undefined;
  return LISTINGS[symbol.trim().toUpperCase().replace(/^[A-Z]+:/, '')];
}

/** Words that name the NYSE or NASDAQ in an exchange field ("NASDAQ", "NasdaqGS", "NMS", "New York Stock Exchange"). */
export function usExchangeOf26(value: string): 'NYSE' | 'NASDAQ' | 'NYSE Arca' | undefined {
  if (/arca|^pcx$/i.test(value)) return 'NYSE Arca';
  if (/nasdaq|^(nms|ngm|ncm|nas|xnas)$/i.test(value)) return 'NASDAQ';
  if (/\bnyse\b|new york stock|^(nyq|nys|xnys)$/i.test(value)) return 'NYSE';
  return undefined;
}
