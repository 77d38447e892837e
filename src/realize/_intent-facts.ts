/**
 * Facts the request names (QUALITY.md F): "get the status of a refund" is answered by the status, "the cover
 * image" by its link, "time estimates" by the estimate. The request is the user's words and the operation's
 * description, name and path; a field of the result that matches one of these intent words must be said.
 */
import type { RecordOperation } from '../plan/types.ts';
import { humanizeIdentifier, joinList } from './words.ts';
import { linkName24 } from './_link-name24.ts';

/** Intent words of a request and the result fields that answer them. */
const INTENTS: readonly { words: RegExp; key: RegExp; link: boolean }[] = [
  { words: /\b(status|state)\b/i, key: /^(status|state)$/i, link: false },
  { words: /\b(images?|photos?|pictures?|covers?|logos?|icons?|posters?|thumbnails?|urls?|links?|downloads?|exports?|files?)\b/i, key: /(url|uri|link|href|src|image|download|file)$/i, link: true },
  // Confirming a price: {"priceChanged": true} is the point of the check.
  { words: /\bprices?\b/i, key: /^price_?changed$/i, link: false },
  { words: /\b(estimates?|eta|arrival time|wait time)\b/i, key: /^(eta|estimate|estimated_?time|duration|wait_?time|pickup_?estimate|time_?estimate)$/i, link: false },
];

const PRICE_CHECK = INTENTS[1 + 1];
const ESTIMATE = INTENTS[3] as (typeof INTENTS)[number];
/** Estimates asked for as a thing ("time estimates", "the ETA"), not the verb ("estimate a market value"). */
const ESTIMATE_NOUN = /\b(estimates|(?:time|price|fare|arrival|pickup|delivery|cost|duration) estimates?|eta|arrival time|wait time)\b/i;

/** Keys that hold an estimate under any name ("etaMinutes", "estimated_arrival", "duration_sec"). */
const ESTIMATE_LIKE = /(^|_|[a-z])(eta|Eta|ETA)($|_|[A-Z])|estimat|duration|wait|arriv|pickup_?time|minutes|seconds/i;

/** A cost, price or fare estimate is answered by the amounts themselves ({total_cost_sum}, {price}): the result is the estimate. */
const MONEY_ESTIMATE = /\b(?:cost|price|fare|fee|spend(?:ing)?)s? estimates?\b/i;
const MONEY_KEY = /cost|price|fare|fee|amount|total/i;

/** Does any key (depth ≤ 4, first item of lists) match? */
function hasKey(value: unknown, key: RegExp, depth: number): boolean {
  if (depth > 4 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return hasKey(value[0], key, depth + 1);
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => key.test(k) || hasKey(v, key, depth + 1));
}

/** Every link under the same key ("url"), first 6 items of lists, depth ≤ 3, each once, in order. */
function allLinks(value: unknown, key: string, seen: Set<string>, depth: number): string[] {
  if (depth > 3 || value === null || typeof value !== 'object' || seen.size > 5) return [...seen];
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 6)) allLinks(item, key, seen, depth + 1);
    return [...seen];
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (PAGING_LINKS.test(k)) continue;
    if (k === key && typeof v === 'string' && LINK.test(v) && v.length <= 120) seen.add(v);
    else if (v !== null && typeof v === 'object') allLinks(v, key, seen, depth + 1);
  }
  return [...seen];
}
const LINK = /^https?:\/\/\S+$/;
const PAGING_LINKS = /^(_?links|next|prev|previous|self|first|last)$/i;

/** The request in words: what the user said, and what the operation is for. */
function requestText(asked: string, op: RecordOperation | undefined): string {
  if (!op) return asked;
  return `${asked} ${op.description.split(/(?<=[.!?])\s/)[0] ?? ''} ${humanizeIdentifier(op.name)} ${op.path.replace(/[/{}_-]+/g, ' ')}`;
}

/** The first field (depth ≤ 3, first item of lists) whose key matches and whose value fits. */
function findField(value: unknown, key: RegExp, link: boolean, depth: number): { key: string; value: string } | undefined {
  if (depth > 3 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return findField(value[0], key, link, depth + 1);
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (!key.test(k)) continue;
    if (link && typeof v === 'string' && LINK.test(v) && v.length <= 120) return { key: k, value: v };
    if (!link && (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length > 0 && v.length <= 40 && !LINK.test(v)))) return { key: k, value: String(v) };
  }
  for (const [k, v] of entries) {
    // {_links: {next: {href}}}: where the next page is, never the link the user asked for.
    if (link && PAGING_LINKS.test(k)) continue;
    const inner = findField(v, key, link, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Content the user asked for in their own words ("an author's biography", "the lyrics", "the recipe"): a short
 * text or a list of steps the reply must carry, not only the record's name. Only the user's words count here: an
 * operation described as "returns the bio" is answered by its summary like any other.
 */
const CONTENT: readonly { words: RegExp; key: RegExp; noun: string }[] = [
  { words: /\b(biograph(y|ies)|bios?|life stor(y|ies))\b/i, key: /^(bio|biography|about)$/i, noun: 'biography' },
  { words: /\blyrics?\b/i, key: /^(lyrics?|words|line)$/i, noun: 'lyrics' },
  { words: /\b(recipes?|how to make|ingredients)\b/i, key: /^(ingredients|ingredient_?list)$/i, noun: 'ingredients' },
  { words: /\b(recipes?|instructions|how to make|steps|directions)\b/i, key: /^(instructions|steps|method|directions|preparation)$/i, noun: 'method' },
];

/** The short text an object holds under a matching key of its own. */
function ownText(item: Record<string, unknown>, key: RegExp): string | undefined {
  const hit = Object.entries(item).find(([k, v]) => key.test(k) && typeof v === 'string' && v.length > 0 && v.length <= 120);
  return hit?.[1] as string | undefined;
}

/** A text (≤ 300 chars) or the first strings of a list under a matching key, depth ≤ 3, first item of lists. */
function findContent(value: unknown, key: RegExp, depth: number): string | undefined {
  if (depth > 3 || value === null || typeof value !== 'object') return undefined;
  // Lines of a song ([{words: …}, …]) are read together, the first few of them.
  if (Array.isArray(value)) {
    const lines = value.slice(0, 4).map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? ownText(item as Record<string, unknown>, key) : undefined));
    return lines.every((l) => l !== undefined) && lines.length > 1 ? `“${lines.join(' / ')} …”` : findContent(value[0], key, depth + 1);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (!key.test(k)) continue;
    if (typeof v === 'string' && v.trim().length > 0 && v.length <= 300 && !LINK.test(v)) return v.trim();
    if (Array.isArray(v)) {
      const texts = v.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length <= 120).slice(0, 4);
      if (texts.length > 0) return joinList(texts);
    }
  }
  for (const [, v] of entries) {
    const inner = findContent(v, key, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

const REVIEW_TEXT = /^(text|content|body|review|review_?text|reviewText|comment|snippet)$/;
const REVIEW_SCORE = /^(score|rating|stars|star_?rating|starRating|rating_?value)$/;

/** The first review (depth ≤ 4, first item of lists): its words and its score. */
function firstReview(value: unknown, depth: number): { text: string; score?: number } | undefined {
  if (depth > 4 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return firstReview(value[0], depth + 1);
  const entries = Object.entries(value as Record<string, unknown>);
  const text = entries.find(([k, v]) => REVIEW_TEXT.test(k) && typeof v === 'string' && v.trim().length > 0 && v.length <= 200 && !LINK.test(v));
  if (text) {
    const score = entries.find(([k, v]) => REVIEW_SCORE.test(k) && typeof v === 'number');
    return { text: (text[1] as string).trim(), score: score?.[1] as number | undefined };
  }
  for (const [, v] of entries) {
    const inner = firstReview(v, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** "The first review reads “Great service!” and scores 1." when the user asked for reviews: their words are the content. */
function reviewFact(result: unknown, asked: string, summary: string): string | undefined {
  if (!/\b(reviews?|comments?|feedback|testimonials?)\b/i.test(asked)) return undefined;
  const review = firstReview(result, 0);
  // Quoted already, whole or by its first sentence (a list of reviews quotes each by its first): never said twice.
  if (!review || summary.includes(review.text.replace(/[.!?]+$/, '')) || summary.includes(`“${(review.text.split(/(?<=[.!?]) /)[0] ?? '').replace(/[.!?]+$/, '')}`)) return undefined;
  const words = review.text.replace(/[.!?]+$/, '');
  return `The first review reads “${words}”${review.score !== undefined && !summary.includes(`score is ${review.score}`) && !summary.includes(`rating is ${review.score}`) ? ` with a score of ${review.score}` : ''}.`;
}

/** "Here is the biography: …" for content the user's own words asked for and the summary has not said. */
function contentFacts(result: unknown, asked: string, summary: string): string[] {
  const out: string[] = [];
  const review = reviewFact(result, asked, summary);
  if (review) out.push(review);
  for (const c of CONTENT) {
    if (!c.words.test(asked)) continue;
    const text = findContent(result, c.key, 0);
    // Lines already quoted one by one (“And the night goes on”, …) are not quoted again.
    if (!text || summary.toLowerCase().includes(text.toLowerCase().slice(0, 40)) || summary.includes(`“${text.replace(/^“/, '').split(' / ')[0]}”`)) continue;
    const body = /[.!?"”]$/.test(text) ? text : `${text}.`;
    out.push(c.noun === 'biography' ? `Here is the biography: ${body}` : c.noun === 'lyrics' ? `The lyrics begin: ${text}` : `The ${c.noun} ${c.noun === 'method' ? 'is' : 'are'}: ${body}`);
  }
  return out;
}

/** Sentences for the fields the request names that the summary does not yet say ("The status is succeeded."). */
export function namedFacts(result: unknown, op: RecordOperation | undefined, asked: string, summary: string): string[] {
  if (result === null || typeof result !== 'object') return [];
  const request = requestText(asked, op);
  const out: string[] = contentFacts(result, request, summary);
  for (const intent of INTENTS) {
    if (!intent.words.test(request)) continue;
    const found = findField(result, intent.key, intent.link, 0);
    if (intent === PRICE_CHECK) {
      if (found?.value === 'true' && !/price (has )?changed|new price/i.test(summary)) out.push('The price has changed since it was quoted.');
      continue;
    }
    // "all images", "image links": every link of a few is said, not only the first one.
    if (intent.link && found) {
      const links = allLinks(result, found.key, new Set(), 0);
      const unsaid = links.filter((l) => !summary.includes(l));
      if (links.length > 1 && unsaid.length > 0) {
        // A few are said whole; of more, the first 3.
        const shown = links.length <= 4 ? links : links.slice(0, 3);
        const more = links.length > 4 ? ', and more' : '';
        const rest = shown.filter((l) => !summary.includes(l));
        out.push(rest.length === shown.length ? `The links are ${joinList(shown)}${more}.` : `The other ${rest.length === 1 ? 'link is' : 'links are'} ${joinList(rest)}${more}.`);
        continue;
      }
    }
    // "time estimates" asked and none in the result: that is said, never a silent list of something else.
    if (!found && intent.words === ESTIMATE.words && ESTIMATE_NOUN.test(asked) && !hasKey(result, ESTIMATE_LIKE, 0) && !(MONEY_ESTIMATE.test(asked) && hasKey(result, MONEY_KEY, 0))) {
      out.push(`The result doesn't include ${/\btime\b/i.test(asked) ? 'a time estimate' : 'an estimate'}.`);
      continue;
    }
    // A transport code ("status": 200, "ok") or a bare flag answers no question about a status.
    if (found && /^(\d{3}|ok|success|true|false)$/i.test(found.value)) continue;
    // "in_review" is said "in review", here as in the summary, which may have said it already.
    const value = found && !intent.link && /^[a-z]+(?:_[a-z]+)+$/.test(found.value) ? found.value.replace(/_/g, ' ') : found?.value;
    // "onsale" is said "on sale" in the summary: compared with spaces and marks left out, it is said already.
    if (!found || !value || summary.toLowerCase().includes(value.toLowerCase()) || squeezed(summary).includes(squeezed(value))) continue;
    const name = intent.link ? linkName24(found.key) : `the ${humanizeIdentifier(found.key).toLowerCase()}`;
    out.push(`${name.charAt(0).toUpperCase()}${name.slice(1)} is ${intent.link && !name.endsWith(' link') ? 'at ' : ''}${value}.`);
  }
  return out;
}

const LATITUDE = /\bthe (latitude|lat) is\b/i;
const LONGITUDE = /\bthe (longitude|long|lng|lon) is\b/i;

/** Half a coordinate pair ("the latitude is 38.7") says no place: latitude and longitude go together or not at all. */
export function loneCoordinate(text: string, chosen: readonly { text: string }[]): boolean {
  if (LATITUDE.test(text)) return !chosen.some((f) => LONGITUDE.test(f.text));
  if (LONGITUDE.test(text)) return !chosen.some((f) => LATITUDE.test(f.text));
  return false;
}

const squeezed = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
export { statusFirst27 } from './_status-first27.ts';
