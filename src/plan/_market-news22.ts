/**
 * News about a symbol is about its company (QUALITY.md E): articles fetched for NVDA were "Bank stocks rally on
 * strong demand" and "Alphabet announces share buyback"; one article was neutral, negative and positive at once;
 * its `providerPublishTime` was 382. Here an article listed for a well-known symbol whose title names neither the
 * company nor its sector is titled about the company, a sentiment record's title is the article's, the article
 * has one sentiment, and a publish time in seconds is the moment its publish date says.
 */
import type { MarketLevel } from '../world/index.ts';
import { REFERENCE_DATE } from '../world/index.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

const TITLE = /^(title|headline)$/i;
const ARTICLE_SIGN = /^(link|url|publisher|source|published|published_?at|datetime_?published|provider_?publish_?time|pub_?date|uuid|summary)$/i;
const SENTIMENT = new Set(['positive', 'neutral', 'negative']);
const EPOCH = /^(provider_?publish_?time|publish_?time|published_?time|timestamp|epoch|time)$/i;
const PUBLISHED = /^(datetime_?published|published_?at|published|pub_?date|date)$/i;
const DEEDS = ['beats quarterly earnings estimates', 'raises full-year guidance', 'shares fall after weaker sales forecast', 'announces share buyback', 'cuts jobs to trim costs', 'agrees to acquire a smaller rival', 'faces regulatory probe', 'names new chief financial officer', 'shares climb after analyst upgrade', 'unveils new product line'];

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** Fits the articles of a result fetched for `level`'s symbol (see the file comment). */
export function fitSymbolNews(result: unknown, level: MarketLevel, pinned: ReadonlySet<string>): void {
  const used = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 5 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const obj = node as Obj;
    const titleKey = Object.keys(obj).find((k) => TITLE.test(k) && typeof obj[k] === 'string');
    if (titleKey !== undefined && Object.keys(obj).some((k) => ARTICLE_SIGN.test(k))) article(obj, titleKey, level, used, pinned);
    for (const child of Object.values(obj)) if (child && typeof child === 'object') visit(child, depth + 1);
  };
  visit(result, 0);
}

function article(obj: Obj, titleKey: string, level: MarketLevel, used: Set<string>, pinned: ReadonlySet<string>): void {
  const title = obj[titleKey] as string;
  const about = title.toLowerCase().includes(level.name.toLowerCase().replace(/^the /, '')) || title.toLowerCase().includes(level.sector);
  if (!about && !pinned.has(JSON.stringify(title))) {
    let i = hash(title) % DEEDS.length;
    while (used.has(DEEDS[i]!) && used.size < DEEDS.length) i = (i + 1) % DEEDS.length;
    used.add(DEEDS[i]!);
    const name = level.name.replace(/^the /, 'The ');
    obj[titleKey] = `${name} ${DEEDS[i]}`;
  }
  const sentiment = Object.values(obj).find((v): v is Obj => isObj(v) && Object.values(v).some((x) => typeof x === 'string' && SENTIMENT.has(x)));
  if (sentiment) {
    const first = Object.values(sentiment).find((x): x is string => typeof x === 'string' && SENTIMENT.has(x))!;
    for (const [k, v] of Object.entries(sentiment)) {
      // {sentiment_title}: the sentiment of the title, a sentiment like the others, never the headline itself (wave 31).
      if (typeof v === 'string' && (SENTIMENT.has(v) || /^sentiments?[_-]?[a-z]/i.test(k))) sentiment[k] = first;
      else if (typeof v === 'string' && (/title/i.test(k) || TITLE.test(k))) sentiment[k] = obj[titleKey];
    }
  }
  publishTime(obj);
}

/** A publish time in seconds since 1970 that is no such moment (382) becomes the moment the record's publish date says. */
function publishTime(obj: Obj): void {
  const dateKey = Object.keys(obj).find((k) => PUBLISHED.test(k) && typeof obj[k] === 'string' && !Number.isNaN(Date.parse(obj[k] as string)));
  const at = dateKey !== undefined ? Date.parse(obj[dateKey] as string) : Date.parse(`${REFERENCE_DATE}T09:00:00Z`);
  for (const [k, v] of Object.entries(obj)) {
    if (EPOCH.test(k) && typeof v === 'number' && v >= 0 && v < 1e9) obj[k] = Math.floor(at / 1000);
  }
}
