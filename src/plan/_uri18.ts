/**
 * A record's URI names the record (QUALITY.md E): Spotify's `uri` "spotify:album:<id>" holds the album's own `id`
 * and its `type`, never another id drawn apart from it; its API link (`href`) ends in that id too. Only a `prefix:kind:id` URI beside a string `id`; a kept
 * URI (one the call sent or a chain reads) never changes: the id follows it then.
 */
const URI = /^[a-z][a-z0-9-]*(:[A-Za-z0-9_-]+){2}$/;
const TOKEN = /^[A-Za-z0-9_-]+$/;
/** An API link to the record ("https://api.spotify.com/v1/tracks/<id>"): its last segment is an id. */
const API_LINK = /^(https?:\/\/[^/]+\/(?:[^/?#]+\/)+)([A-Za-z0-9]{16,})$/;
const HREF = /^(href|[a-z]+_href)$/;

/** A record's API links (`href`, `track_href`) that end in an id end in its own. */
function linksOfRecord(record: Record<string, unknown>, id: string, isKept: (v: unknown) => boolean): void {
  for (const [key, value] of Object.entries(record)) {
    if (!HREF.test(key) || typeof value !== 'string' || isKept(value)) continue;
    const m = API_LINK.exec(value);
    if (m && m[2] !== id) record[key] = `${m[1]!}${id}`;
  }
}

export function uriOfRecord(record: Record<string, unknown>, isKept: (v: unknown) => boolean): void {
  const { id, uri, type } = record;
  if (typeof id !== 'string' || typeof uri !== 'string' || !TOKEN.test(id) || !URI.test(uri)) return;
  if (isKept(uri)) {
    // A URI the chain reads names the record: its id is the URI's.
    if (!isKept(id)) record.id = uri.slice(uri.lastIndexOf(':') + 1);
    return;
  }
  const parts = uri.split(':');
  // (A one-word type names the kind: an album's uri is spotify:album:…; `audio_features` of a track keep "track".)
  if (typeof type === 'string' && /^[a-z]+$/.test(type)) parts[1] = type;
  parts[2] = id;
  record.uri = parts.join(':');
  linksOfRecord(record, id, isKept);
}
