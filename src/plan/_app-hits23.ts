/**
 * An app a search finds is about the query and its id names it (QUALITY.md E), wave 23: a search of Google Play
 * for "food" found an app titled just "Food" whose id was "com.parisian.translate". A topic searched for (no proper
 * name) names an app after the query and the app words of its package: "Food Translate".
 */
const APP_ID_KEY = /^(app_?id|package_?name|package|bundle_?id)$/i;
const PACKAGE = /^[a-z][\w]*(\.[a-z][\w]*)+$/i;

/** The title of the app `record` found by the topic `query` (title-cased; `raw` as sent), or undefined when it is no app. */
export function appHitTitle(record: Readonly<Record<string, unknown>>, query: string, raw: string): string | undefined {
  const idKey = Object.keys(record).find((k) => APP_ID_KEY.test(k));
  const id = idKey === undefined ? undefined : record[idKey];
  if (typeof id !== 'string' || !PACKAGE.test(id) || query.trim() === '' || /\p{Lu}/u.test(raw)) return undefined;
  const words = (id.split('.').pop() ?? '').split('_').filter((w) => /^[a-z]{3,}$/i.test(w));
  const q = query.trim();
  if (words.length === 0 || words.some((w) => q.toLowerCase().split(/\s+/).includes(w.toLowerCase()))) return undefined;
  return `${q} ${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')}`;
}
