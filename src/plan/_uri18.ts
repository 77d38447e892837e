/**
 * A record's URI names the record (QUALITY.md E): Spotify's `uri` "spotify:album:<id>" holds the album's own `id`
 * and its `type`, never another id drawn apart from it. Only a `prefix:kind:id` URI beside a string `id`; a kept
 * URI (one the call sent or a chain reads) never changes: the id follows it then.
 */
const URI = /^[a-z][a-z0-9-]*(:[A-Za-z0-9_-]+){2}$/;
const TOKEN = /^[A-Za-z0-9_-]+$/;

export function uriOfRecord(record: Record<string, unknown>, isKept: (v: unknown) => boolean): void {
  const { id, uri, type } = record;
  if (typeof id !== 'string' || typeof uri !== 'string' || !TOKEN.test(id) || !URI.test(uri)) return;
  if (isKept(uri)) {
    // A URI the chain reads names the record: its id is the URI's.
    if (!isKept(id)) record.id = uri.slice(uri.lastIndexOf(':') + 1);
    return;
  }
  const parts = uri.split(':');
  if (typeof type === 'string' && /^[a-z_]+$/.test(type)) parts[1] = type;
  parts[2] = id;
  record.uri = parts.join(':');
}
