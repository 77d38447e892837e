/**
 * What a parameter is, from its name and schema: its words, its type, whether a person can say it, whether it
 * is an identifier or an auth parameter. The catalog, the planner and the mock values all ask these.
 */
import type { JsonSchema } from '../specs/types.ts';

const wordsCache = new Map<string, string>();

/** A name as lower-case words joined by `_` (`trackId` -> `track_id`); cached, names repeat a lot. */
export function lastNameWord(name: string): string {
  const cached = wordsCache.get(name);
  if (cached !== undefined) return cached;
  const words = splitName(name);
  if (wordsCache.size > 50000) wordsCache.clear();
  wordsCache.set(name, words);
  return words;
}

function splitName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('_');
}

/** The JSON Schema `type` to generate for (first non-null of a list; guessed from other keywords). */
export function schemaType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return typeof schema.enum[0] === 'number' ? 'number' : typeof schema.enum[0];
  const branch = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branch) && branch[0]) return schemaType(branch[0]);
  return undefined;
}

/**
 * Flattened schemas by schema object: the same spec schemas are flattened for every value drawn, and callers only
 * read the answer (never change it), so one copy per schema serves them all.
 */
const flatCache = new WeakMap<JsonSchema, JsonSchema>();

/** A schema with `allOf` merged and the first `oneOf`/`anyOf` branch taken (shared: read it, never change it). */
export function flatSchema(schema: JsonSchema): JsonSchema {
  let out = flatCache.get(schema);
  if (out === undefined) {
    out = flattened(schema);
    flatCache.set(schema, out);
  }
  return out;
}

function flattened(schema: JsonSchema): JsonSchema {
  let out: JsonSchema = { ...schema };
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf as JsonSchema[]) out = { ...flatSchema(part), ...out };
    delete out.allOf;
  }
  const branch = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branch) && branch.length > 0 && !out.type) {
    const first = branch.find((b) => b.type !== 'null') ?? branch[0]!;
    out = { ...flatSchema(first), ...out };
    delete out.oneOf;
    delete out.anyOf;
  }
  return out;
}

/** A value a person can say: a scalar or a short list of scalars (never an object). */
export function isSayable(schema: JsonSchema): boolean {
  const flat = flatSchema(schema);
  const type = schemaType(flat);
  if (type === 'object') return false;
  if (type === 'array') {
    const items = flat.items as JsonSchema | undefined;
    const itemType = items ? schemaType(flatSchema(items)) : 'string';
    return itemType !== 'object' && itemType !== 'array';
  }
  if (isFileSchema(flat)) return false;
  return true;
}

/** Encoded bytes in a description ("Base64 encoded JPEG image data", "the binary content of the file"). */
const BYTES_SAID = /^\s*(the )?(base64|base-64|binary)\b|\bbase ?64[- ]encoded\b/i;

/**
 * A file's bytes (an image, a document): binary, byte or base64 strings (`format: base64`, `contentEncoding`,
 * "Base64 encoded JPEG image data"). Nobody types those in a chat: "The file is /9j/2wCEABoZ…".
 */
export function isFileSchema(schema: JsonSchema): boolean {
  const s = schema as { format?: unknown; type?: unknown; contentEncoding?: unknown; contentMediaType?: unknown; description?: unknown };
  const format = String(s.format ?? '').toLowerCase();
  if (format === 'binary' || format === 'byte' || format === 'base64' || s.type === 'file') return true;
  if (String(s.contentEncoding ?? '').toLowerCase() === 'base64' || s.contentMediaType !== undefined) return true;
  return (s.type === undefined || s.type === 'string') && typeof s.description === 'string' && BYTES_SAID.test(s.description);
}

const ID_NAME = /(^|_)(id|ids|uuid|guid|key|code|codes|index|idx|slug|sku|isbn|iata|icao|hash|lat|lng|lon|latitude|longitude|coord|coords|coordinates|ref|uri|urn|num|number)$/;

/**
 * An ID-like parameter: a value a person would not know by heart (ids, codes, indexes, coordinates).
 * Only these may be failed by the user and chained from another operation (ToolDial's rule).
 */
export function isIdLike(name: string, schema: JsonSchema, description = ''): boolean {
  const words = lastNameWord(name);
  if (ID_NAME.test(words)) return true;
  const flat = flatSchema(schema);
  if (flat.format === 'uuid') return true;
  return /\b(identifier|unique id|the id of|id of the)\b/i.test(description);
}

/** Authentication and transport parameters: never part of a dialogue. */
export function isAuthParam(name: string, location: string): boolean {
  const words = lastNameWord(name);
  if (/(^|_)(api_key|apikey|access_token|auth|authorization|x_rapidapi_key|x_rapidapi_host|x_api_key|token|secret|client_secret|signature)$/.test(words)) return true;
  // Mandrill's body `key` is the account's API key: a credential, never something the user says in the chat.
  if (location === 'body' && name === 'key') return true;
  return (location === 'header' || location === 'cookie') && /(key|token|auth|host|user_agent|accept|content_type|cookie)/.test(words);
}

// ---------------------------------------------------------------- what a user says to point at a record

export const PAGING_PARAM = /(^|_)(page|page_number|page_no|pagenumber|page_token|pagetoken|offset|skip|cursor|after|before|starting_after|ending_before|next|next_token|continuation|continuation_token|start_index|startindex)$/;

/** Sizes and limits of a page: the assistant never asks for them, the user never says them. */
const SIZE_PARAM = /(^|_)(limit|per_page|perpage|page_size|pagesize|size|max_results|maxresults|max_items|count|num_results|rows|take|top|first|last)$/;
/** Transport and format switches: values no one would say ("the API version is 1.0", "base 64 encoded is yes"). */
const SWITCH_PARAM = /(^|_)(lang|language|locale|hl|gl|version|api_version|v|format|output|callback|jsonp|fields|base64_encoded|encoding|pretty|debug|raw|sort|sort_by|order|order_by|direction|include|expand|embed)$/;

/** A paging value (page, cursor, offset, limit): never asked, never volunteered. */
export function isPagingParam(name: string): boolean {
  const words = lastNameWord(name);
  return PAGING_PARAM.test(words) || SIZE_PARAM.test(words);
}

/**
 * A size or page named by a letter (`l`, `n`, `p`) whose description says so ("Limit returned items", "Number of
 * results to return", "Page number"): paging all the same, never volunteered.
 */
const PAGING_DESCRIPTION = /^\s*(?:the\s+)?(?:limit\b|max(?:imum)?\.?\s+(?:number|count|amount)\s+of\s+(?:results|items|records|entries|rows|hits|objects)|(?:number|count|amount)\s+of\s+(?:results|items|records|entries|rows|hits|objects)\s+(?:to|per|returned|on)\b|how many\s+(?:results|items|records|entries)|(?:results|items|records|entries)\s+per\s+page|page\s+(?:number|size|index|offset|token)\b|(?:the\s+)?offset\b)/i;

export function describesPaging(description: string | undefined): boolean {
  return description !== undefined && PAGING_DESCRIPTION.test(description);
}

/** A value nobody volunteers: paging, sizes, formats, versions and raw codes. */
export function isTechnicalParam(name: string): boolean {
  return isPagingParam(name) || SWITCH_PARAM.test(lastNameWord(name));
}

/** Webcams' `show` ("Content to be listed in the response"): what the answer holds, a switch nobody says. */
export function shapesResponse(description: string | undefined): boolean {
  return /^\s*(?:the )?(?:content|contents|fields?|sections?|parts?|properties|data|objects?) to (?:be )?(?:listed|returned|included|shown|displayed) in the (?:response|result|output)\b/i.test(description ?? '');
}

/**
 * A required switch of the transport (an API version, a format, a locale, a page size) whose spec default is
 * what a careful assistant sends without asking: nobody knows or says "the API version is 2023-10-01". Content
 * values (ids, names, places, keywords) are never taken from a default, however the spec marks them.
 */
export function takesSpecDefault(p: { name: string; default?: unknown; idLike: boolean; description?: string; schema?: JsonSchema }): boolean {
  return p.default !== undefined && !p.idLike && (isTechnicalParam(p.name) || isDefaultKnob(p));
}

const DEFAULT_ONLY = /^\s*\(?\s*(?:by\s+)?defaults?(?:\s+value)?(?:\s+is)?\s*[:=]?\s*[\w.-]+\s*\)?\s*\.?\s*$/i;

/**
 * A number documented by nothing but its default ("Default 300" for Steam's `contentLength`): a tuning knob of the
 * service, sent as documented; nobody volunteers "the content length is 300" (QUALITY.md H).
 */
export function isDefaultKnob(p: { default?: unknown; idLike: boolean; description?: string; schema?: JsonSchema }): boolean {
  if (p.default === undefined || p.idLike || !DEFAULT_ONLY.test(p.description ?? '')) return false;
  const type = p.schema ? schemaType(flatSchema(p.schema)) : undefined;
  return type === 'number' || type === 'integer';
}

/** What the rules below read of a dialogue parameter (the catalog's PlanParam has all of it). */
interface ParamFacts {
  name: string;
  schema: JsonSchema;
  sayable: boolean;
  idLike: boolean;
  enum?: unknown[];
}

/**
 * A detail a person knows and says that tells one record from the others: a name, keyword, place, date,
 * email or phone (free text, never an id, a code, a number of results or a choice from a fixed list).
 */
export function isDistinguishing(p: ParamFacts): boolean {
  if (!p.sayable || p.idLike || isTechnicalParam(p.name) || p.enum !== undefined || RANGE_END.test(lastNameWord(p.name))) return false;
  const flat = flatSchema(p.schema);
  if (Array.isArray(flat.enum)) return false;
  // What a person says to point at a record: a name, keyword, place, date, email or phone (not a status
  // filter, a market code or a "types" switch, which narrow a list but name nothing).
  const words = lastNameWord(p.name);
  // A list of codes, a type or a status narrows a list but names no record ("the country list is …").
  if (/(^|_)(list|ids|codes|type|types|mode|status|state|states)$/.test(words)) return false;
  if (!NAMING_PARAM.test(words) && !/^(date|date-time|email)$/.test(String(flat.format ?? '')) && !/(^|_)(date|day|phone|mobile|email|zip|postcode|postal_code)$/.test(words)) return false;
  const type = schemaType(flat);
  if (type === 'array') {
    const items = flat.items as JsonSchema | undefined;
    return !items || schemaType(flatSchema(items)) === 'string';
  }
  return type === undefined || type === 'string';
}

/** A place too wide to name one place: a country or a region holds many (the user is asked for a city instead). */
export function isCoarsePlace(p: { name: string }): boolean {
  return /(^|_)(country|countries|country_?code|region|state|province|continent|admin_?division\d?)$/.test(lastNameWord(p.name));
}

/** One end of a range ("the end date is …" alone tells no record apart). */
const RANGE_END = /(^|_)(start|end|from|to|min|max|since|until|before|after|begin|earliest|latest)(_|$)/;
/** Details that name a record (its name, a keyword, where it is, how to reach its owner): preferred over dates. */
export const NAMING_PARAM = /(^|_)(name|names|username|user|owner|login|handle|keyword|keywords|q|query|search|term|text|title|email|phone|city|town|address|place|location|venue|artist|team|show|author|company|brand|country|region|street|tag|tags|genre)(_|$)/;

const LATITUDE = /^(.*?)(lat|latitude)$/;
const LONGITUDE = /^(.*?)(lon|lng|long|longitude)$/;

/** A latitude or a longitude: never something the user has at hand. */
export function isCoordinate(name: string): boolean {
  const words = lastNameWord(name);
  return LATITUDE.test(words) || LONGITUDE.test(words);
}

/** The other half of a coordinate pair (`pickup_lat` ↔ `pickup_lon`), if the operation has it. */
export function coordinatePartner<P extends { name: string }>(op: { params: readonly P[] }, p: P): P | undefined {
  const words = lastNameWord(p.name);
  const lat = LATITUDE.exec(words);
  const lon = LONGITUDE.exec(words);
  const prefix = lat?.[1] ?? lon?.[1];
  if (prefix === undefined) return undefined;
  const want = lat ? LONGITUDE : LATITUDE;
  return op.params.find((q) => q !== p && want.exec(lastNameWord(q.name))?.[1] === prefix);
}

/** An operation or parameter name as lower-case words (`getPetById` → `get pet by id`). */
export function nameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-./]+/g, ' ')
    .toLowerCase()
    .trim();
}
