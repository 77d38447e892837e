/**
 * The price level of well-known market symbols (QUALITY.md E): a chart of KO is drawn near $65, never at $270
 * because the recorded example was Tesla's; WTI crude trades near $75 with hundreds of thousands of contracts a
 * day, never at 190 with 379. Rough figures of our own (mid-2020s levels), good to a factor of about 1.5: a mock
 * moves a series onto its symbol's level, the checker rejects a price several times off it. Symbols not listed
 * keep whatever plausible scale their record drew.
 */

export type MarketKindOf = 'stock' | 'fund' | 'index' | 'future' | 'coin';

export interface MarketLevel {
  kind: MarketKindOf;
  /** A typical price, in the quote's usual unit (US cents a bushel for grains, index points for an index). */
  price: number;
  /** A typical volume of one trading day (shares, contracts); absent where volume is quoted in money (coins). */
  volume?: number;
  /** What a headline about it names: the company, or its sector words. */
  name: string;
  sector: string;
}

const S = (price: number, volumeMillions: number, name: string, sector: string): MarketLevel => ({ kind: 'stock', price, volume: volumeMillions * 1e6, name, sector });
const F = (price: number, volumeThousands: number, name: string, sector: string): MarketLevel => ({ kind: 'future', price, volume: volumeThousands * 1e3, name, sector });
const C = (price: number, name: string): MarketLevel => ({ kind: 'coin', price, name, sector: 'crypto' });

const LEVELS: Readonly<Record<string, MarketLevel>> = {
  AAPL: S(210, 55, 'Apple', 'tech'), MSFT: S(420, 20, 'Microsoft', 'software'), GOOGL: S(170, 25, 'Alphabet', 'tech'),
  GOOG: S(170, 20, 'Alphabet', 'tech'), AMZN: S(190, 40, 'Amazon', 'retail'), TSLA: S(250, 100, 'Tesla', 'automaker'),
  NVDA: S(125, 250, 'Nvidia', 'chipmaker'), JPM: S(210, 9, 'JPMorgan Chase', 'bank'), KO: S(65, 13, 'Coca-Cola', 'beverage'),
  META: S(520, 15, 'Meta', 'tech'), NFLX: S(650, 3.5, 'Netflix', 'streaming'), IBM: S(200, 4, 'IBM', 'tech'),
  DIS: S(100, 9, 'Disney', 'media'), WMT: S(75, 15, 'Walmart', 'retail'), INTC: S(25, 50, 'Intel', 'chipmaker'),
  AMD: S(150, 45, 'AMD', 'chipmaker'), ORCL: S(150, 8, 'Oracle', 'software'), XOM: S(115, 15, 'Exxon Mobil', 'oil'),
  PEP: S(165, 6, 'PepsiCo', 'beverage'), BAC: S(40, 35, 'Bank of America', 'bank'), V: S(280, 7, 'Visa', 'payments'),
  MA: S(480, 3, 'Mastercard', 'payments'), JNJ: S(155, 7, 'Johnson & Johnson', 'healthcare'), PG: S(165, 7, 'Procter & Gamble', 'consumer goods'),
  UNH: S(550, 3.5, 'UnitedHealth', 'healthcare'), HD: S(370, 3.5, 'Home Depot', 'retail'), CVX: S(150, 8, 'Chevron', 'oil'),
  PFE: S(28, 35, 'Pfizer', 'drugmaker'), T: S(20, 35, 'AT&T', 'telecom'), VZ: S(40, 18, 'Verizon', 'telecom'),
  CSCO: S(52, 18, 'Cisco', 'tech'), ADBE: S(500, 3, 'Adobe', 'software'), CRM: S(280, 6, 'Salesforce', 'software'),
  NKE: S(80, 10, 'Nike', 'apparel'), MCD: S(290, 3.5, "McDonald's", 'restaurant'), SBUX: S(95, 9, 'Starbucks', 'restaurant'),
  BA: S(170, 8, 'Boeing', 'aerospace'), GS: S(500, 2.5, 'Goldman Sachs', 'bank'), UBER: S(70, 20, 'Uber', 'tech'),
  PYPL: S(70, 15, 'PayPal', 'payments'), 'BRK.B': S(430, 4, 'Berkshire Hathaway', 'conglomerate'),
  SPY: { kind: 'fund', price: 560, volume: 60e6, name: 'the S&P 500 fund', sector: 'index fund' },
  QQQ: { kind: 'fund', price: 480, volume: 35e6, name: 'the Nasdaq-100 fund', sector: 'index fund' },
  SPX: { kind: 'index', price: 5600, name: 'the S&P 500', sector: 'stock market' },
  DJI: { kind: 'index', price: 41000, name: 'the Dow', sector: 'stock market' },
  IXIC: { kind: 'index', price: 17500, name: 'the Nasdaq', sector: 'stock market' },
  CL: F(75, 300, 'crude oil', 'oil'), BZ: F(78, 150, 'Brent crude', 'oil'), NG: F(3, 150, 'natural gas', 'gas'),
  HO: F(2.4, 50, 'heating oil', 'oil'), RB: F(2.3, 50, 'gasoline', 'oil'), GC: F(2400, 200, 'gold', 'metals'),
  SI: F(29, 70, 'silver', 'metals'), HG: F(4.3, 80, 'copper', 'metals'), PL: F(1000, 20, 'platinum', 'metals'),
  ES: F(5600, 1500, 'S&P 500 futures', 'stock market'), NQ: F(19500, 600, 'Nasdaq futures', 'stock market'),
  YM: F(41000, 150, 'Dow futures', 'stock market'), ZC: F(430, 250, 'corn', 'grains'), ZW: F(580, 100, 'wheat', 'grains'),
  ZS: F(1100, 150, 'soybeans', 'grains'), MW: F(650, 2, 'spring wheat', 'grains'), ZR: F(15, 1.5, 'rough rice', 'grains'),
  KC: F(230, 25, 'coffee', 'softs'), CT: F(72, 25, 'cotton', 'softs'), SB: F(20, 100, 'sugar', 'softs'),
  CC: F(7000, 15, 'cocoa', 'softs'), LE: F(185, 20, 'live cattle', 'livestock'), HE: F(85, 20, 'lean hogs', 'livestock'),
  LS: F(550, 1, 'lumber', 'lumber'),
  // Coins at rough 2025–2026 levels (wave 28): Bitcoin near $95,000, never at a 2023 figure.
  BTC: C(95000, 'Bitcoin'), ETH: C(3000, 'Ethereum'), SOL: C(170, 'Solana'), ADA: C(0.7, 'Cardano'), XRP: C(2.3, 'XRP'),
  LTC: C(90, 'Litecoin'), DOT: C(5, 'Polkadot'), DOGE: C(0.2, 'Dogecoin'), AVAX: C(25, 'Avalanche'), LINK: C(18, 'Chainlink'),
  XLM: C(0.3, 'Stellar'), TRX: C(0.25, 'Tron'), BNB: C(650, 'BNB'),
};

/** The companies of the listed stocks ("Tesla", "Coca-Cola"): a one-symbol result names no other (src/plan/_symbol-texts35.ts). */
export const STOCK_COMPANIES: readonly string[] = [...new Set(Object.values(LEVELS).filter((l) => l.kind === 'stock').map((l) => l.name))];

/** Futures roots a futures API is asked about (a symbol drawn for it is a contract root, never a stock ticker). */
export const FUTURES_ROOTS: readonly string[] = Object.keys(LEVELS).filter((k) => LEVELS[k]!.kind === 'future');

const FUTURE_MONTH = /^([A-Z]{1,2})[FGHJKMNQUVXZ]\d{1,2}$/;

/** The level of `symbol` ("AAPL", "aapl", "NASDAQ:AAPL", "BTC-USD", "BTCUSDT", "CL=F", "CLZ24"), or undefined when not listed. */
export function marketLevel(symbol: unknown): MarketLevel | undefined {
  if (typeof symbol !== 'string' || symbol.length === 0 || symbol.length > 16) return undefined;
  const s = symbol.trim().toUpperCase().replace(/^[A-Z]+:/, '').replace(/^\^/, '').replace(/=F$/, '').replace(/\.(US|O|N)$/, '');
  const direct = LEVELS[s];
  if (direct) return direct;
  const pair = /^([A-Z]{2,5})[-/]?(USDT|USD|EUR|USDC)$/.exec(s);
  if (pair && LEVELS[pair[1]!]?.kind === 'coin') return LEVELS[pair[1]!];
  const month = FUTURE_MONTH.exec(s);
  if (month && LEVELS[month[1]!]?.kind === 'future') return LEVELS[month[1]!];
  return undefined;
}
