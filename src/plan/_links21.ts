/**
 * A link field of the API's own record (`seatMapUrl`, `url`, `permalink`, `_links.self.href`) is on the API's host
 * with a path that names the record (QUALITY.md E): "https://api.ticketnest.example/v2/events/evt_123/seatmap",
 * never a random Faker domain ("https://all-hyena.name/"). A link of another entity (a company's website, an
 * artist's Spotify page, a venue's site) is left to the rules that draw that entity's own links.
 */
import type { Rng } from '../random/index.ts';
import { alphanumeric, LOWER_ALNUM } from './_id-string.ts';
import { siteBase, siteResources } from './_own-urls20.ts';

const LINK = /^(?:([a-z0-9_]+?)_)?(url|uri|link|href|permalink|self)$/;
/** Prefixes naming a link that is not the record's own page (another site, a page of results, a media file). */
const OTHER_LINK = /(^|_)(website|web_site|homepage|home_page|home|site|official|external|spotify|youtube|twitter|facebook|instagram|linkedin|tiktok|wikipedia|wiki|apple|google|google_maps?|callback|webhook|redirect|return|success|cancel|next|previous|prev|first|last|page|img|image|images|photo|picture|poster|thumbnail|thumb|avatar|logo|icon|cover|banner|preview|audio|video|stream|download|file|avatar|source|docs?|terms|privacy|profile|social|seller|vendor|merchant|store|shop|company|author|artist|owner|user|channel|place|business|brand|publisher|venue|organizer|agent|displayed|display|original|canonical_source)$/;
/** A parent named for another entity: its links are that entity's. */
const OTHER_PARENT = /(^|_)(compan(y|ies)|organi[sz]ations?|orgs?|artists?|bands?|performers?|venues?|publishers?|labels?|brands?|authors?|external(_urls)?|social|sponsors?|partners?|sources?|providers?|vendors?|merchants?|sellers?|owners?|users?|creators?|channels?|websites?|images?|photos?|media|avatars?|logos?|icons?|thumbnails?|posters?)$/;
/** APIs whose records point at other sites: a search engine's hits, a news feed's articles, a scraper's pages. */
const POINTS_ELSEWHERE = /\b(serps?|search engines?|organic|google|bing|yandex|duckduckgo|baidu|news|articles?|headlines?|feeds?|rss|scrap\w*|crawl\w*|web search|websites?|backlinks?|links?|urls?|domains?|seo|shorten\w*)\b/;
/** A site named for searching or scraping others (`www.yandexserp.com`): its links are the others'. */
const SEARCH_SITE = /serp|bing|yandex|scrap|crawl|seo|search|rank|news|links?\b/i;
const ID_ARG = /^[A-Za-z0-9][A-Za-z0-9_-]{2,}$/;

const plural = (w: string): string => (w.endsWith('s') ? w : w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`);

/** The record's id as the call gave it (`eventId` "evt_Z6kq3LmX8wPa"), else one drawn in the same kind of shape. */
function recordId(args: Readonly<Record<string, unknown>> | undefined, rng: Rng): string {
  for (const [key, value] of Object.entries(args ?? {})) {
    if (/(^|_)?id$/i.test(key) && (typeof value === 'number' || (typeof value === 'string' && ID_ARG.test(value) && /\d/.test(value)))) return String(value);
  }
  return `${alphanumeric(rng, 3, 'abcdefghijkmnopqrstuvwxyz')}_${alphanumeric(rng, 10, LOWER_ALNUM)}`;
}

/**
 * A link of the API's own record on the API's host, or undefined (not a link name, another entity's link, or no
 * API site settled). The resource is the first of the API's path words that the words around the value name.
 */
export function ownRecordLink(name: string, parent: string, context: string, args: Readonly<Record<string, unknown>> | undefined, rng: Rng): string | undefined {
  const m = LINK.exec(name);
  const base = siteBase();
  if (!m || base === undefined) return undefined;
  const prefix = m[1] ?? '';
  if (OTHER_LINK.test(prefix) || OTHER_PARENT.test(parent) || POINTS_ELSEWHERE.test(context.toLowerCase()) || SEARCH_SITE.test(base)) return undefined;
  const resources = siteResources();
  const words = context.toLowerCase().split(/[^a-z]+/).map((w) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  const resource = words.find((w) => resources.has(w)) ?? [...resources][0];
  if (resource === undefined) return undefined;
  const tail = prefix && !resources.has(prefix) && prefix !== 'self' ? `/${prefix.replace(/_/g, '')}` : '';
  // Only the record the call asked for carries the id sent: an item of a list (`items[].href`) is another record.
  const own = parent === '' || !/(s|data|list|results?)$/.test(parent);
  return `${base}/${plural(resource)}/${recordId(own ? args : undefined, rng)}${tail}`;
}
