/**
 * A file is one thing (QUALITY.md E): its media type, its name's extension and its encoded bytes agree (an
 * `image/webp` is "header-image-07.webp" whose bytes start "UklGR", never a PNG's "iVBORw0KGgo"), and an image is
 * named as an image ("cover-photo.webp"), never as a document ("registration-certificate.webp"). Kept values stay.
 */

const TYPE_KEY = /^(image_?type|mime_?type|mimetype|content_?type|media_?type|file_?type|type|format)$/i;
const BYTES_KEY = /(bytes|base64|b64|data|content|blob)$/i;
const NAME_KEY = /^(file_?name|filename|image_?name|image_?file|name)$/i;
const BASE64 = /^(data:[\w.+-]+\/[\w.+-]+;base64,)?[A-Za-z0-9+/]{12,}={0,2}$/;

/** Media types and the extension a file of each carries. */
export const EXT_OF_TYPE35: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/jpg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg',
  'image/tiff': 'tif', 'image/bmp': 'bmp', 'image/avif': 'avif', 'application/pdf': 'pdf', 'text/csv': 'csv', 'application/zip': 'zip',
  'application/vnd.google-earth.kml+xml': 'kml', 'application/vnd.google-earth.kmz': 'kmz', 'application/geo+json': 'geojson',
  'audio/mpeg': 'mp3', 'video/mp4': 'mp4', 'application/msword': 'doc', 'text/calendar': 'ics',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** The smallest file of each kind that has one, base64: bytes that open as that kind. */
const SAMPLE: Record<string, string> = {
  png: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  jpg: '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  gif: 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  webp: 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==',
  pdf: 'JVBERi0xLjQKMSAwIG9iaiA8PC9UeXBlIC9DYXRhbG9nIC9QYWdlcyAyIDAgUj4+IGVuZG9iagoyIDAgb2JqIDw8L1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwPj4gZW5kb2JqCnRyYWlsZXIgPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==',
};
const SIGNATURES: Array<[string, string]> = [['iVBORw0KGgo', 'png'], ['/9j/', 'jpg'], ['R0lGOD', 'gif'], ['UklGR', 'webp'], ['JVBERi', 'pdf']];
const TYPE_OF_EXT: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf' };

/** A document's name, not an image's: the stems people give papers. */
const DOCUMENT_STEM = /(^|[-_ ])(report|certificate|form|contract|minutes|invoice|renewal|notes|summary|budget|agreement|statement|letter|plan|application|licen[cs]e)([-_ ]|$)/i;
const IMAGE_STEMS = ['header-image', 'cover-photo', 'banner', 'feature-image', 'photo', 'illustration'];

/** The kind of file encoded bytes hold, by their first bytes' base64 (a data URL's payload too). */
export function bytesKind35(value: string): string | undefined {
  const payload = value.replace(/^data:[^,]*,/, '');
  return SIGNATURES.find(([sig]) => payload.startsWith(sig))?.[1];
}

const FILE_EXT = /\.(png|jpe?g|gif|webp|svg|tiff?|bmp|avif|heic|pdf|csv|zip|kml|kmz|geojson|mp3|mp4|docx?|xlsx?|ics|txt|json|xml|html?)$/i;
const extOf = (name: string): string | undefined => FILE_EXT.exec(name)?.[1]?.toLowerCase().replace(/^jpeg$/, 'jpg').replace(/^tiff$/, 'tif');

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** One record's media type, file name and encoded bytes made to agree (the type leads, else the bytes). */
export function mediaAgrees35(record: Record<string, unknown>, fixed: readonly string[]): void {
  let typeKey: string | undefined;
  let bytesKey: string | undefined;
  let nameKey: string | undefined;
  for (const [k, v] of Object.entries(record)) {
    if (typeof v !== 'string') continue;
    if (typeKey === undefined && TYPE_KEY.test(k) && EXT_OF_TYPE35[v.toLowerCase()] !== undefined) typeKey = k;
    else if (bytesKey === undefined && BYTES_KEY.test(k) && BASE64.test(v)) bytesKey = k;
    else if (nameKey === undefined && NAME_KEY.test(k) && extOf(v) !== undefined && /^[^/\\?#\s]{1,120}$/.test(v)) nameKey = k;
  }
  if (typeKey === undefined && bytesKey === undefined) return;
  const bytes = bytesKey === undefined ? undefined : (record[bytesKey] as string);
  const ext = typeKey !== undefined ? EXT_OF_TYPE35[(record[typeKey] as string).toLowerCase()]! : bytesKind35(bytes!);
  if (ext === undefined) return;
  // Bytes beside a type are that type's bytes (a data URL says the type too).
  if (bytesKey !== undefined && !fixed.includes(bytesKey) && SAMPLE[ext] !== undefined && bytesKind35(bytes!) !== ext) {
    const url = /^data:[^,]*,/.test(bytes!);
    record[bytesKey] = url ? `data:${TYPE_OF_EXT[ext]};base64,${SAMPLE[ext]}` : SAMPLE[ext];
  }
  if (nameKey === undefined || fixed.includes(nameKey)) return;
  const name = record[nameKey] as string;
  let stem = name.replace(FILE_EXT, '');
  // An image is named as one: a document's stem on it ("registration-certificate-07") becomes a picture's.
  if (TYPE_OF_EXT[ext]?.startsWith('image/') && DOCUMENT_STEM.test(stem)) {
    const tail = /(-\d{1,4})$/.exec(stem)?.[1] ?? '';
    stem = `${IMAGE_STEMS[hash(name) % IMAGE_STEMS.length]}${tail}`;
  }
  if (extOf(name) !== ext || stem !== name.replace(FILE_EXT, '')) record[nameKey] = `${stem}.${ext}`;
}

/**
 * Text files a call asks for by a file-format input (`fileFormatExtension: "kml"`): a file as much as a GPKG is
 * (a bounding box asked as KML is a KML file, never a JSON summary). A bare `format` of these is how the reply
 * is encoded, and stays inline.
 */
export const TEXT_FILE35: Record<string, string> = {
  kml: 'application/vnd.google-earth.kml+xml', geojson: 'application/geo+json', csv: 'text/csv', tsv: 'text/tab-separated-values',
  gml: 'application/gml+xml', gpx: 'application/gpx+xml', xml: 'application/xml', wkt: 'text/plain', wkb: 'application/octet-stream',
  svg: 'image/svg+xml', webp: 'image/webp', ics: 'text/calendar', txt: 'text/plain', fgb: 'application/octet-stream',
};

/** The media type of a text file asked for by `key` (its words, snake case), or undefined when the key is a bare `format`. */
export function textFileType35(key: string, ext: string): string | undefined {
  return /^format$/.test(key) ? undefined : TEXT_FILE35[ext];
}
