/**
 * Parameters a person says by what they mean, never by the spec's name (QUALITY.md B): a sort direction is "in
 * descending order" (never "the sort is desc"), a sort key is "sorted by popularity" (never "the order is
 * popularity"), and a name that offers two ways to point at one record ("issueIdOrKey") is the way a person
 * uses ("the issue key"), never "the issue ID or key".
 */

/** Words that name a way of pointing at a record. */
const REFERENCE = new Set(['id', 'ids', 'key', 'keys', 'name', 'slug', 'code', 'number', 'username', 'handle', 'email', 'uuid', 'guid']);
/** Of two ways, the one a person says: a key or a name before a code, a code before an opaque ID. */
const PREFERRED = ['key', 'keys', 'username', 'handle', 'name', 'slug', 'email', 'code', 'number', 'id', 'ids', 'uuid', 'guid'];
const SAID: Record<string, string> = { id: 'ID', ids: 'IDs', uuid: 'UUID', guid: 'GUID' };

/** "issueIdOrKey" → "issue key", "projectKeyOrId" → "project key", "idOrName" on /users/{idOrName} → "user name". */
export function alternativeNoun(words: readonly string[], owner: () => string | undefined): string | undefined {
  const or = words.length - 2;
  if (or < 1 || words[or] !== 'or') return undefined;
  const a = words[or - 1] as string;
  const b = words[or + 1] as string;
  if (!REFERENCE.has(a) || !REFERENCE.has(b)) return undefined;
  const kept = PREFERRED.find((w) => w === a || w === b) as string;
  const head = words.slice(0, or - 1).join(' ') || owner();
  const noun = SAID[kept] ?? kept;
  return head ? `${head} ${noun}` : noun;
}

const DIRECTION_NAME = /^(?:sort|order|direction|dir|sort order|sort direction|sort dir|order direction|order dir|sort type|ordering|sort mode)$/;
const KEY_NAME = /^(?:sort|order|sort by|order by|sort key|sort field|order field|ordering|sort on|sorting)$/;
const DIRECTION_VALUE = /^(?:asc|desc|ascending|descending)$/i;
/** A description that lists ascending/descending as the values ('"asc" (ascending), or "desc" (descending)'). */
const DIRECTION_DESCRIBED = /\b(?:asc|ascending)\b[^.]{0,60}\b(?:desc|descending)\b|\b(?:desc|descending)\b[^.]{0,60}\b(?:asc|ascending)\b/i;

/** A parameter that says which way a list is sorted (`sort: asc|desc`). */
export function isSortDirection(words: readonly string[], schema: Record<string, unknown> | undefined): boolean {
  if (!DIRECTION_NAME.test(words.join(' '))) return false;
  const values = Array.isArray(schema?.enum) ? schema.enum : undefined;
  if (values && values.length > 0) return values.every((v) => typeof v === 'string' && DIRECTION_VALUE.test(v));
  if (typeof schema?.description !== 'string') return false;
  // Webcams' order lists "popularity" (default order: "desc"): only a description whose quoted values are all
  // directions describes a direction.
  const quoted = [...schema.description.matchAll(QUOTED)].map((m) => m[1] as string);
  return quoted.length > 0 ? quoted.every((v) => DIRECTION_VALUE.test(v)) : DIRECTION_DESCRIBED.test(schema.description);
}

const QUOTED = /["'`]([A-Za-z][\w-]*)["'`]/g;

/** A parameter that says what a list is sorted by (`order: popularity`, `sort_by: price`), not which way. */
export function isSortKey(words: readonly string[], schema: Record<string, unknown> | undefined): boolean {
  const name = words.join(' ');
  if (!KEY_NAME.test(name) || isSortDirection(words, schema) || (schema?.type !== undefined && schema.type !== 'string')) return false;
  // A bare "order" or "sort" may be a shop's order or a kind: only a description about sorting makes it a key.
  return /\b(?:by|key|field|on)$/.test(name) || (typeof schema?.description === 'string' && SORTING_WORDS.test(schema.description));
}

const SORTING_WORDS = /\b(?:sort|sorted|sorting|ordered|order by|ordering|asc|desc|ascending|descending|popularity|relevance)\b|\border of (?:the )?(?:results|items|list|reviews|records|entries)\b/i;

/** The noun of a sort parameter in a thought or a question ("the sort direction"), else undefined. */
export function sortNoun(words: readonly string[], schema: Record<string, unknown> | undefined): string | undefined {
  if (isSortDirection(words, schema)) return 'sort direction';
  return isSortKey(words, schema) ? 'sort order' : undefined;
}

/** "desc" → "in descending order"; undefined for a value that is no direction. */
export function directionPhrase(value: unknown): string | undefined {
  if (typeof value !== 'string' || !DIRECTION_VALUE.test(value)) return undefined;
  return /^asc/i.test(value) ? 'in ascending order' : 'in descending order';
}

/**
 * "popularity" → "I'd like them sorted by popularity", "random" → "I'd like them in random order"; a direction
 * beside it follows ("…, in descending order"). A clause of its own, said after any named values.
 */
export function sortClause(key: unknown, direction: unknown, say: (value: string) => string, saidElsewhere?: unknown): string | undefined {
  const way = directionPhrase(direction);
  if (typeof key !== 'string' || key.trim() === '') return way ? `I'd like them ${way}` : undefined;
  // "price_asc", "date_created:desc", "-created_at": a key with its direction glued on.
  const glued = /^(.+?)[_:\s-](asc|desc)$/i.exec(key) ?? (/^-\w/.test(key) ? [key, key.slice(1), 'desc'] : undefined);
  if (glued && !way) return sortClause(glued[1], glued[2], say);
  // "new", "newest", "recent": which come first, said with the value's own word ("the new ones first").
  const first = /^(?:new|old)$/i.test(key) ? `${key.toLowerCase()} ones` : /^(?:recent|most_recent)$/i.test(key) ? 'most recent' : /^(?:newest|latest|oldest|earliest)$/i.test(key) ? key.toLowerCase() : undefined;
  // "The new ones first" says which way too: only where the direction sent (here or in another turn) agrees.
  const sent = way ?? directionPhrase(saidElsewhere);
  const agrees = sent === undefined || (sent === 'in descending order') === !/^(?:old|oldest|earliest)$/i.test(key);
  if (first && agrees) return `I'd like the ${first} first${way ? `, ${way}` : ''}`;
  const by = /^random(?:ly)?$/i.test(key) ? 'in random order' : `sorted by ${say(key)}`;
  return `I'd like them ${way ? `${by}, ${way}` : by}`;
}

/** How the assistant asks for a sort parameter: which way, or by what. */
export const ASK_DIRECTION: readonly string[] = [
  'Should I sort them in ascending or descending order?',
  'Which way should I sort them, ascending or descending?',
  'Do you want them in ascending or descending order?',
];
export const ASK_SORT_KEY: readonly string[] = ['How should I sort them?', 'What should I sort them by?', 'How would you like them ordered?'];
export const ASK_SORT_BOTH: readonly string[] = [
  'How should I sort them, and in ascending or descending order?',
  'What should I sort them by, and which way: ascending or descending?',
];

/** "fileFormatExtension" → "file format": what a person asks for ("the file format is KML"), never "the file format extension". */
export function formatNoun(words: readonly string[]): string | undefined {
  return /^(?:file )?format (?:name )?extension$|^file (?:format|type|extension)$/.test(words.join(' ')) ? 'file format' : undefined;
}

/** A file format said as people write it: "kml" → "KML", "geojson" → "GeoJSON". */
export function sayFileFormat(noun: string, value: unknown, schema: Record<string, unknown> | undefined): string | undefined {
  if (!/^(?:(?:file|output|export|download|response|image|audio|video) )?formats?$/.test(noun) || typeof value !== 'string' || !FILE_TYPES.has(value)) return undefined;
  if (Array.isArray(schema?.enum) && !schema.enum.includes(value)) return undefined;
  return value === 'geojson' ? 'GeoJSON' : value.toUpperCase();
}

const FILE_TYPES = new Set(['json', 'xml', 'csv', 'tsv', 'kml', 'kmz', 'shp', 'shpz', 'geojson', 'gml', 'gpkg', 'wkt', 'wkb', 'pdf', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'mp3', 'mp4', 'wav', 'ogg', 'txt', 'html', 'yaml', 'xlsx', 'xls', 'zip', 'ics', 'rss', 'atom', 'docx']);
