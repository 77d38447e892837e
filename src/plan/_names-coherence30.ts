/**
 * An item's texts say what its name says (QUALITY.md E, disc openapi #102 and rapidapi #173 of the m30 reading): a
 * show named "Sleep and memory Podcast" is a podcast about sleep and memory, never "about remote work"; an app named
 * "Note Nest" has an id that names it ("com.champlin.notenest"), never "com.champlin.scanner". Run once the list's
 * items are renamed (a search names its hit after the query). No randomness.
 */
import { TOPICS } from './_names.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

const NAME = /^(name|title|show_name|podcast_name)$/;
const DESCRIPTION = /^(description|html_description|summary|about)$/;
const SHOW_NAME = /^(.+?) (Weekly|Podcast|Hour|Talks|Show|Daily|Radio)$/;
const ABOUT = /^A weekly podcast about (.+)\.$/;
let topics: Map<string, string> | undefined;

/** A podcast named for a topic ("Sleep and memory Podcast") is described as about that topic. */
export function podcastAboutName30(obj: Json, fixed: readonly string[]): void {
  let descKey: string | undefined;
  for (const k in obj) if (typeof obj[k] === 'string' && ABOUT.test(obj[k] as string) && DESCRIPTION.test(snakeKey(k))) descKey = k;
  if (descKey === undefined) return;
  const nameKey = Object.keys(obj).find((k) => typeof obj[k] === 'string' && NAME.test(snakeKey(k)));
  const stem = nameKey === undefined ? undefined : SHOW_NAME.exec(obj[nameKey] as string)?.[1];
  topics ??= new Map(TOPICS.map((t) => [t.toLowerCase(), t]));
  const topic = stem === undefined ? undefined : topics.get(stem.toLowerCase());
  if (topic === undefined) return;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (typeof v !== 'string' || !DESCRIPTION.test(snakeKey(k)) || fixed.includes(k)) continue;
    const m = ABOUT.exec(v);
    if (m !== null && m[1] !== topic) obj[k] = `A weekly podcast about ${topic}.`;
  }
}

const APP_ID = /^(app_?id|package_?name|package|bundle_?id)$/;
const APP_TITLE = /^(title|name|app_?name)$/;
/** The stock last words of a drawn package id (`_app-ids22.ts`): they name no app of their own. */
const STOCK_APP_WORD = /^(notes|tracker|weather|budget|reader|fitness|scanner|translate|maps|music)$/;

const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '').slice(0, 16);

/** An app's package id ends in its own name: "com.champlin.scanner" of "Note Nest" becomes "com.champlin.notenest". */
export function appIdOfTitle30(obj: Json, fixed: readonly string[]): void {
  let idKey: string | undefined;
  for (const k in obj) if (typeof obj[k] === 'string' && APP_ID.test(snakeKey(k))) idKey = k;
  if (idKey === undefined || fixed.includes(idKey)) return;
  const parts = (obj[idKey] as string).split('.');
  if (parts.length !== 3 || parts[0] !== 'com' || !STOCK_APP_WORD.test(parts[2]!)) return;
  const titleKey = Object.keys(obj).find((k) => typeof obj[k] === 'string' && APP_TITLE.test(snakeKey(k)));
  if (titleKey === undefined) return;
  const title = obj[titleKey] as string;
  const own = slug(title);
  // A title that already says the id's word ("Fit Tracker" of "…tracker") keeps it.
  if (own.length < 3 || own.includes(parts[2]!) || title.toLowerCase().split(/\s+/).some((w) => parts[2]!.startsWith(slug(w)) && slug(w).length >= 4)) return;
  obj[idKey] = `com.${parts[1]}.${own}`;
}
