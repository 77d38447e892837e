/**
 * Single values whose meaning their field's schema, description and record decide (QUALITY.md E): an object's
 * `type` that its description names (`The object type: "track"`) or its record's kind gives (a playlist's type
 * is "playlist"), a kind taken from the spec's example, and a file whose type the call asked for (a KMZ export
 * is a .kmz, never "hence-aw.pdf").
 */
import type { JsonSchema } from '../specs/types.ts';
import type { Rng } from '../random/index.ts';
import { kindOfName, kindIn, entityNoun } from './_names.ts';
import { memoized } from '../text/memo.ts';

/** `The object type: "track".`, `Type of the object ('album')`: the one value a description gives a type. */
const NAMED_TYPE = /\btype\b[^"'`.]{0,30}?[:=(]?\s*["'`]([a-z][\w-]{1,30})["'`]\s*\)?\s*\.?\s*$/i;
/** Record kinds whose `type` field, by a common convention, repeats the kind (Spotify, Stripe-like objects). */
const OBJECT_KINDS: Readonly<Record<string, string>> = { song: 'track', album: 'album', playlist: 'playlist', artist: 'artist', episode: 'episode', podcast: 'show', audiobook: 'audiobook', chapter: 'chapter' };
/** The tail of an operation's words that ends with its path: `... exports whitelist json`. */
const JOB_PATH = /\b(?:exports?|reports?|jobs?|imports?|backups?)\s+([a-z]{3,})(?:\s+json)?\s*$/;
/** The type a description names, kept per description: the same descriptions are read for every value drawn. */
const namedType = memoized((about: string): string | undefined => NAMED_TYPE.exec(about.trim())?.[1]);
/** The one value a (short) description gives a type field (`The object type: "track".`), or undefined. */
export const namedTypeIn = (about: string | undefined): string | undefined => (about && about.length < 200 ? namedType(about) : undefined);
/** A `type`/`kind` field that is no file's or medium's type (kept per name: asked of every string value drawn). */
const kindWords = memoized((words: string): boolean => /(^|_)(type|kind|object_type)$/.test(words) && !/(^|_)(content|media|mime|file|image)_type$/.test(words));
const CONTAINER = /^(data|items?|results?|response|records?|list|entries|content|payload|body|hits|value|values|objects?|nodes?|edges?)$/;

/**
 * The value of a `type`/`kind` string field, or undefined to let the vocabulary decide: the one value the
 * description names, else the spec's example (a kind's example is its vocabulary, "document" for an OpenFGA
 * object type), else, in a result, the record's own kind when the record is a media object.
 */
export function kindFieldValue(words: string, schema: JsonSchema, description: string | undefined, examples: readonly unknown[], parent: string, context: string, inResult: boolean, rng: Rng): string | undefined {
  if (!kindWords(words)) return undefined;
  const about = description ?? (typeof schema.description === 'string' ? schema.description : undefined);
  const named = about && about.length < 200 ? namedType(about) : undefined;
  if (named !== undefined) return named;
  const words1 = examples.filter((v): v is string => typeof v === 'string' && /^[A-Za-z][\w -]{0,30}$/.test(v));
  if (words1.length > 0) return rng.pick(words1);
  if (!inResult || !/^(type|object_type)$/.test(words)) return undefined;
  // A job started at /exports/whitelist is a whitelist export: its type is the path's last word.
  const job = parent === '' ? JOB_PATH.exec(context) : null;
  if (job && !/^(info|list|status|get|cancel|search|all|details?)$/.test(job[1]!)) return job[1]!;
  const own = parent && !CONTAINER.test(parent) ? kindOfName(parent, context) ?? kindIn(parent.replace(/_/g, ' ')) : kindIn(context);
  return own ? OBJECT_KINDS[own.noun] : undefined;
}

/** A menu's sections are named as menus name them ("Starters", "Mains"), never with a dish's name. */
export function sectionName(words: string, parent: string, context: string, rng: Rng): string | undefined {
  if (!/^(title|name|section_name|section_title)$/.test(words) || !/(^|_)(menu_)?sections?$/.test(parent) || !/\b(menus?|dish(es)?|restaurants?|meals?)\b/.test(context)) return undefined;
  return rng.pick(['Starters', 'Mains', 'Desserts', 'Sides', 'Drinks', 'Specials', 'Salads', 'Soups']);
}

/** Real ISO 3166-2 subdivision codes. */
const SUBDIVISIONS = ['PT-11', 'PT-13', 'US-CA', 'US-NY', 'US-TX', 'GB-ENG', 'GB-SCT', 'FR-IDF', 'DE-BE', 'DE-BY', 'ES-MD', 'IT-25', 'JP-13', 'CA-ON', 'CA-QC', 'AU-NSW', 'BR-SP', 'MX-CMX', 'IN-MH', 'NZ-AUK'];

/** A region code that the field says is ISO 3166-2, or whose pattern wants a country prefix: a real one ("US-CA"), never "PI-0H". */
export function isoSubdivision(words: string, description: string, pattern: RegExp | undefined, rng: Rng): string | undefined {
  if (!/(^|_)(region|state|subdivision|province)_code$/.test(words)) return undefined;
  if (!/3166-2/.test(description) && !(pattern && pattern.test('US-CA') && !pattern.test('CA'))) return undefined;
  const fitting = pattern ? SUBDIVISIONS.filter((c) => pattern.test(c)) : SUBDIVISIONS;
  return fitting.length > 0 ? rng.pick(fitting) : undefined;
}

/** File formats a call asks for by an argument (`fileFormatExtension: "kmz"`, `format: "csv"`); "json" or "xml" is how the reply is encoded, not a file. */
const FILE_FORMAT = /^(kml|kmz|gpkg|geojson|csv|tsv|shp|shpz|xlsx|xls|zip|gml|pdf|wkt|wkb|gpx|png|jpe?g|webp|gif|svg|ics|mp3|mp4|docx)$/i;
const FORMAT_KEY = /(format|extension|file_?type)$/i;

/** The file extension a call's arguments ask for, if any. */
export function requestedExtension(args: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!args) return undefined;
  for (const [key, value] of Object.entries(args)) if (typeof value === 'string' && FORMAT_KEY.test(key) && FILE_FORMAT.test(value)) return value.toLowerCase();
  return undefined;
}

const FILE_NAME = /^([a-z0-9][\w-]*)\.(pdf|png|jpe?g|docx)$/;

/**
 * A result's file name in the format the call asked for: a made-up file ("um-near.jpg") takes the asked
 * extension ("um-near.gpkg"), and the top-level name of a download asked in a file format is that file's name
 * (a point exported as gpkg is "atlas-point.gpkg", never "Atlas"). Other values stay as they are.
 */
export function inRequestedFormat(value: string, args: Readonly<Record<string, unknown>> | undefined, words: string, parent: string): string {
  const ext = requestedExtension(args);
  if (!ext) return value;
  const file = FILE_NAME.exec(value);
  if (file) return `${file[1]}.${ext}`;
  if (parent !== '' || !/^(name|file_?name|filename)$/.test(words) || value.length > 40) return value;
  const slug = value.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug ? `${slug}.${ext}` : value;
}

/** Kinds whose `type` field is one of a few words of the kind (a news item is news, analysis or opinion). */
const TYPE_WORDS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^(articles?|news|posts?|stor(y|ies)|headlines?|blog|press release)$/, ['news', 'analysis', 'opinion', 'press release']],
  [/^(multimedia|media|images?|photos?|pictures?|thumbnails?|covers?|artworks?)$/, ['image']],
  [/^(videos?|clips?|trailers?)$/, ['video']],
  [/^(contracts?|futures?|derivatives?)$/, ['future', 'option']],
  [/^(accounts?)$/, ['checking', 'savings', 'business']],
  [/^(rooms?)$/, ['single', 'double', 'twin', 'suite']],
  [/^(vehicles?|cars?)$/, ['sedan', 'hatchback', 'SUV', 'van']],
  [/^(events?)$/, ['concert', 'festival', 'conference', 'match']],
  [/^(addresses?)$/, ['home', 'work', 'billing', 'shipping']],
  [/^(phones?|phone numbers?)$/, ['mobile', 'home', 'work']],
  [/^(emails?)$/, ['personal', 'work']],
];
/** Nouns that say nothing of a record's kind. */
const NO_KIND = /^(entry|from|row|item|record|object|detail|details|info|data|result|value|payload|response|summary|type|kind|key|slug|code|uuid|id|symbol)$/;

/**
 * A `type`/`kind` whose vocabulary no description or example gives, by what the record is: a news item's type is
 * news or analysis, a media object's is image, a ministry's kind is "ministry"; never a stock "basic"/"default".
 * Undefined where the record's kind is unknown.
 */
export function typeOfRecord(field: string, parent: string, context: string, rng: Rng): string | undefined {
  // `room_type` is a kind of room, whatever record holds it; a bare `type` is the record's own kind.
  const qualifier = /^(.+)_(type|kind)$/.exec(field)?.[1];
  if (qualifier !== undefined) {
    const own = TYPE_WORDS.find(([test]) => test.test(qualifier.replace(/_/g, ' ')))?.[1];
    return own ? rng.pick(own) : undefined;
  }
  const own = entityNoun(parent, context);
  // A record under `details` or `rows` is a thing of the operation's resource.
  const noun = NO_KIND.test(own) ? entityNoun('', context) : own;
  const words = TYPE_WORDS.find(([test]) => test.test(noun))?.[1] ?? (NO_KIND.test(noun) ? contextTypeWords(context) : undefined);
  if (words) return rng.pick(words);
  return /^[a-z]{3,14}$/.test(noun) && !NO_KIND.test(noun) ? noun : undefined;
}

/** The type words of a kind the operation names anywhere (`latest contracts for symbol`: contracts). */
function contextTypeWords(context: string): readonly string[] | undefined {
  for (const word of context.toLowerCase().split(/[^a-z]+/)) {
    const found = word.length > 2 ? TYPE_WORDS.find(([test]) => test.test(word))?.[1] : undefined;
    if (found) return found;
  }
  return undefined;
}
