/**
 * A post's times agree (wave 34b): a post with a `timestamp` and a `publishDate` was published when it was stamped,
 * so the date told to the user is never contradicted by the other field.
 */
const STAMP = /^(timestamp|time_stamp)$/;
const PUBLISHED = /^(publish_date|published_date|published_at|publish_time|published_on|date_published|pub_date|publish_date_time)$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;

/** The publish date of a stamped record becomes its timestamp (cut to a date where the field holds only a date). */
export function publishedWhenStamped34b(record: Record<string, unknown>, fixed: readonly string[], words: (key: string) => string): void {
  let stampKey: string | undefined;
  let publishKey: string | undefined;
  for (const k of Object.keys(record)) {
    const w = words(k);
    if (STAMP.test(w)) stampKey = k;
    else if (PUBLISHED.test(w)) publishKey = k;
  }
  if (stampKey === undefined || publishKey === undefined || fixed.includes(publishKey)) return;
  const stamp = record[stampKey];
  const published = record[publishKey];
  if (typeof stamp !== 'string' || typeof published !== 'string' || !ISO.test(stamp) || !ISO.test(published)) return;
  record[publishKey] = published.length === 10 ? stamp.slice(0, 10) : stamp;
}
