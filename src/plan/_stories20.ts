/**
 * One news item tells one story (QUALITY.md E): its title-like fields (headline, page title, social headline, its
 * documents' headlines) are one headline and its summaries speak of it, never "A look at bird migration" under
 * "Chamber of commerce wins national award"; and a list of the latest posts is newest first.
 */
import { faker } from './_faker.ts';
import type { Operation } from '../specs/types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

/** A bare `title` or `display_title` may name the thing an item is about (a review's film), not its headline. */
const HEADLINE = /^(headline|page_title|social_media_headline|og_title|seo_title)$/;
/** A key only a news item has: a bare `title` alone says nothing of what the record is. */
const NEWS_HEADLINE = /^(headline|page_title|social_media_headline|og_title|seo_title)$/;
const SUMMARY = /^(summary|social_media_summary|subheadline|sub_headline|standfirst|lede|excerpt|teaser|details_html|details)$/;
const DATE = /^(timestamp|publish_date|published_at|published|date|created_at|publication_date|pub_date|posted_at)$/;
const LATEST = /\b(latest|recent|newest)\b/i;
const ISO = /^\d{4}-\d{2}-\d{2}/;
const ABOUT = ['according to a statement released today', 'with details for residents below', 'as announced this week', 'in a move welcomed by local groups', 'with more to follow in the coming weeks'];

const snake = snakeKey;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The record and the records nested one level in it (a post's one `documents` entry). */
function parts(record: Record<string, unknown>): Array<Record<string, unknown>> {
  const out = [record];
  // A list of several records (a forecast's alerts) holds items of their own; a one-document list is the item's.
  for (const v of Object.values(record)) if (isRecord(v) || (Array.isArray(v) && v.length === 1 && isRecord(v[0]))) out.push(Array.isArray(v) ? (v[0] as Record<string, unknown>) : v);
  return out;
}

function oneStory(record: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  const all = parts(record);
  if (!all.some((r) => Object.keys(r).some((k) => NEWS_HEADLINE.test(snake(k)) && typeof r[k] === 'string'))) return;
  const ownKey = Object.keys(record).find((k) => HEADLINE.test(snake(k)) && typeof record[k] === 'string' && pinned.has(JSON.stringify(record[k])))
    ?? Object.keys(record).find((k) => HEADLINE.test(snake(k)) && typeof record[k] === 'string');
  if (ownKey === undefined) return;
  const anchor = record[ownKey] as string;
  const about = `${anchor}, ${faker.helpers.arrayElement(ABOUT)}.`;
  for (const r of all) {
    for (const [k, v] of Object.entries(r)) {
      if (typeof v !== 'string' || pinned.has(JSON.stringify(v))) continue;
      if (HEADLINE.test(snake(k))) r[k] = anchor;
      else if (SUMMARY.test(snake(k)) && !v.startsWith(anchor)) r[k] = about;
    }
  }
}

/** The items' dates given out newest first, the items staying where they are (a chain's pins point into them). */
function newestFirst(items: unknown[], pinned: ReadonlySet<string>): void {
  const records = items.filter(isRecord);
  if (records.length < 2) return;
  const key = Object.keys(records[0]!).find((k) => DATE.test(snake(k)) && records.every((r) => typeof r[k] === 'string' && ISO.test(r[k] as string) && !pinned.has(JSON.stringify(r[k]))));
  if (key === undefined) return;
  const dates = records.map((r) => r[key] as string).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  records.forEach((r, i) => (r[key] = dates[i]));
}

/** Every news item of a result tells one story; a latest list runs newest first. */
export function oneStoryPerItem(result: unknown, operation: Operation, pinned: ReadonlySet<string>): void {
  const latest = LATEST.test(`${snake(operation.name).replace(/_/g, ' ')} ${operation.path.replace(/[/{}]/g, ' ')} ${operation.summary ?? ''}`);
  const lists = Array.isArray(result) ? [result] : isRecord(result) ? Object.values(result).filter(Array.isArray) : [];
  for (const list of lists) for (const item of list as unknown[]) if (isRecord(item)) oneStory(item, pinned);
  if (isRecord(result)) oneStory(result, pinned);
  if (latest) for (const list of lists) newestFirst(list as unknown[], pinned);
}
