/**
 * Web results and articles live on real sites (QUALITY.md E), wave 28. A made-up two-word domain of nobody
 * ("clueless-kielbasa.biz") under a result's title teaches that search engines return nonsense hosts:
 * - organic search results (a title and a link beside a snippet, a domain or a position) are pages about the
 *   search (the query sent, else what the first result names): "Anna Karenina - Wikipedia" on en.wikipedia.org,
 *   with a snippet that speaks of it; a list of video titles beside them is of the same topic;
 * - news articles (a title and a link beside a publisher or a publication time) are on a news outlet's site,
 *   under a path made of their headline, and say that outlet as their publisher.
 * Only items whose link is on such a random host are touched; values a later call reads (pinned) are kept.
 */
import { walk } from './_order22.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A host in the shape of a random domain: adjective-noun on a generic suffix (`all-hyena.name`). */
const RANDOM_HOST = /^https?:\/\/(?:www\.)?[a-z]+(?:-[a-z]+)+\.(?:com|name|info|biz|net|org)(?:\/|$)/;
const TITLE = /^(title|name|headline)$/;
const LINK = /^(link|url)$/;
const DOMAIN = /^(domain|display_?domain|source_?domain)$/i;
const SHOWN = /^(displayed_?link|display_?link|displayed_?url|display_?url|visible_?link)$/i;
const SNIPPET = /^(snippet|description|excerpt)$/;
const HIT_SIGN = /^(snippet|position|rank|domain|displayed_?link|display_?link|displayed_?url)$/i;
const ARTICLE_SIGN = /^(publisher|source|datetime_?published|published(_?at|_?date)?|pub_?date|date_?published)$/i;
const PUBLISHER = /^(publisher|source)$/;
const QUERY_ARG = /^(q|query|keyword|keywords|search|search_?term|term|text)$/i;
const VIDEOS = /^(videos|video_?results)$/i;

/** Sites of reference pages about a topic: the title and the path each gives it. */
const REFERENCE: readonly { host: string; title: (t: string) => string; path: (t: string) => string; snippet: (t: string) => string }[] = [
  { host: 'en.wikipedia.org', title: (t) => `${t} - Wikipedia`, path: (t) => `/wiki/${encodeURIComponent(t.replace(/ /g, '_'))}`, snippet: (t) => `${t}: its history, the main facts and related topics, with sources.` },
  { host: 'www.britannica.com', title: (t) => `${t} | Britannica`, path: (t) => `/topic/${slug(t)}`, snippet: (t) => `An overview of ${t}, written and checked by Britannica's editors.` },
  { host: 'www.reddit.com', title: (t) => `${t}: what should I know? - Reddit`, path: (t) => `/r/NoStupidQuestions/comments/${slug(t).slice(0, 40)}`, snippet: (t) => `People share what they know about ${t} and answer questions about it.` },
  { host: 'www.youtube.com', title: (t) => `${t} explained - YouTube`, path: (t) => `/results?search_query=${encodeURIComponent(t).replace(/%20/g, '+')}`, snippet: (t) => `Videos about ${t}: guides, talks and reviews.` },
];

const OUTLETS: readonly (readonly [string, string])[] = [
  ['Reuters', 'www.reuters.com'],
  ['CNBC', 'www.cnbc.com'],
  ['MarketWatch', 'www.marketwatch.com'],
  ['Associated Press', 'apnews.com'],
  ['BBC News', 'www.bbc.com'],
  ['The Guardian', 'www.theguardian.com'],
];

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'page';
}

/** A stable small number of a text: which outlet or site comes first. */
function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

const onRandomHost = (item: Json, key: string | undefined): boolean => key !== undefined && typeof item[key] === 'string' && RANDOM_HOST.test(item[key] as string);

/** Applies the rules of the file comment to a read's result. */
export function settleSerp28(result: unknown, args: Readonly<Json>, effect: string, pinned: ReadonlySet<string>): void {
  if (effect !== 'read' || result === null || typeof result !== 'object') return;
  const query = Object.entries(args).find(([k, v]) => QUERY_ARG.test(k) && typeof v === 'string' && v.trim().length > 2)?.[1] as string | undefined;
  walk(result, (obj) => {
    for (const v of Object.values(obj)) {
      if (!Array.isArray(v) || v.length === 0 || !isRecord(v[0])) continue;
      const items = v.filter(isRecord);
      const keys = Object.keys(items[0]!);
      const link = keys.find((k) => LINK.test(k));
      const title = keys.find((k) => TITLE.test(k));
      if (link === undefined || title === undefined || !items.some((item) => onRandomHost(item, link))) continue;
      if (keys.some((k) => HIT_SIGN.test(k))) webHits(obj, items, keys, link, title, query, pinned);
      else if (keys.some((k) => ARTICLE_SIGN.test(k))) newsArticles(items, keys, link, title, pinned);
    }
  });
}

const held = (item: Json, keys: readonly (string | undefined)[], pinned: ReadonlySet<string>): boolean => keys.some((k) => k !== undefined && pinned.has(JSON.stringify(item[k])));

/** Organic results about the query (else the first result's title), on reference sites. */
function webHits(holder: Json, items: Json[], keys: string[], link: string, title: string, query: string | undefined, pinned: ReadonlySet<string>): void {
  const first = items.find((item) => typeof item[title] === 'string')?.[title] as string | undefined;
  const topic = (query ?? first ?? '').trim();
  if (topic.length < 2 || topic.length > 80) return;
  const Topic = topic.charAt(0).toUpperCase() + topic.slice(1);
  const domain = keys.find((k) => DOMAIN.test(k));
  const shown = keys.find((k) => SHOWN.test(k));
  const snippet = keys.find((k) => SNIPPET.test(k));
  let n = 0;
  for (const item of items) {
    if (!onRandomHost(item, link) || held(item, [link, title, domain, shown], pinned)) continue;
    const site = REFERENCE[n++ % REFERENCE.length]!;
    item[title] = site.title(Topic);
    item[link] = `https://${site.host}${site.path(Topic)}`;
    if (domain !== undefined && typeof item[domain] === 'string') item[domain] = site.host;
    if (shown !== undefined && typeof item[shown] === 'string') item[shown] = `https://${site.host}`;
    if (snippet !== undefined && typeof item[snippet] === 'string' && !pinned.has(JSON.stringify(item[snippet]))) item[snippet] = site.snippet(topic);
  }
  if (n === 0) return;
  // Videos listed beside the results are of the same search.
  for (const [k, list] of Object.entries(holder)) {
    if (!VIDEOS.test(k) || !Array.isArray(list) || !list.every((x) => typeof x === 'string') || list.some((x) => pinned.has(JSON.stringify(x)))) continue;
    const titles = [`${Topic} explained`, `${Topic}: what you need to know`, `${Topic} in ten minutes`, `The story of ${topic}`];
    holder[k] = list.map((_, i) => titles[i % titles.length]!);
  }
}

/** Articles on a news outlet's site, under their headline, said to be that outlet's. */
function newsArticles(items: Json[], keys: string[], link: string, title: string, pinned: ReadonlySet<string>): void {
  const publisher = keys.find((k) => PUBLISHER.test(k));
  for (const item of items) {
    const headline = item[title];
    if (!onRandomHost(item, link) || typeof headline !== 'string' || held(item, [link, publisher], pinned)) continue;
    const named = publisher !== undefined ? OUTLETS.find(([name]) => name === item[publisher]) : undefined;
    const [name, host] = named ?? OUTLETS[hashOf(headline) % OUTLETS.length]!;
    item[link] = `https://${host}/${slug(headline).slice(0, 80)}-${String(hashOf(`${headline}${host}`) % 90000000 + 10000000)}`;
    if (publisher !== undefined && typeof item[publisher] === 'string') item[publisher] = name;
    // A link nested in the article (a sentiment block's own copy) is the same article's.
    for (const v of Object.values(item)) if (isRecord(v) && typeof v.link === 'string' && RANDOM_HOST.test(v.link)) v.link = item[link];
  }
}
