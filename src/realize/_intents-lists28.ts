/**
 * The noun a list is counted in when its key is no plural count noun (QUALITY.md A): {schedule: [3 tournaments]}
 * is one schedule of 3 entries ("3 schedule entries", never "3 schedules"); {mediaItems: […]} of get_radio_playlist
 * holds playlists ("3 radio playlists", never "3 media items": a mass word before a container word names nothing).
 */
import pluralize from 'pluralize';
import { isKnownWord } from '../text/index.ts';

/** Singular keys of one thing made of entries: its items are entries of it. */
const ONE_OF_ENTRIES = /^(?:schedule|calendar|agenda|timetable|itinerary|programme|program|fixture list|lineup)$/;

/** A container word after a mass word ("media items", "content entries", "data records"): no noun of its own. */
const MASS_CONTAINER = /^(?:media|data|content|info|information|result|search|response) (?:items?|entries|records?|objects?|elements?|results?|list)$/;

/** Words of an operation name that say how, not what. */
const NAME_FILLER = /^(?:get|list|fetch|find|search|retrieve|all|the|a|an|by|for|of|from|with|to|in|on|v\d+|api|json)$/;

/**
 * The list's noun where the key says it wrongly, else undefined: "schedule entries" for {schedule}, the operation
 * name's last count noun in plural ("radio playlists") for a mass container key.
 */
export function listNoun28(named: string, opName: string | undefined): string | undefined {
  if (ONE_OF_ENTRIES.test(named)) return `${named} entries`;
  if (!MASS_CONTAINER.test(named) || !opName) return undefined;
  const words = opName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !NAME_FILLER.test(w));
  const head = words[words.length - 1];
  if (!head || !/^[a-z]{3,}$/.test(head) || !isKnownWord(head) || !pluralize.isSingular(head) || pluralize.plural(head) === head) return undefined;
  const lead = words.length >= 2 && /^[a-z]{3,}$/.test(words[words.length - 2] as string) && isKnownWord(words[words.length - 2] as string) ? `${words[words.length - 2]} ` : '';
  return `${lead}${pluralize.plural(head)}`;
}

/**
 * {locationType: "GeoPoint"}, {rankType: "MostActives"}, {contentType: "application/zip"}: a type written as a code
 * (a CamelCase class name, a packaging MIME type) says how the data is stored, never a fact a person is told ("the
 * location type is GeoPoint"). An image's MIME type ("image/webp") tells images apart and stays.
 */
export function technicalType28(key: string, value: unknown): boolean {
  if (/^snapshot_?id$/i.test(key)) return true;
  if (typeof value !== 'string' || !/(?:^|_|[a-z])(?:type|Type|kind|Kind)$/.test(key)) return false;
  return /^(?:[A-Z][a-z]+){2,}$/.test(value) || (/^(?:content|mime)_?type$/i.test(key) && /^application\/[\w.+-]+$/.test(value));
}

/**
 * {displayAdditionalName}, {alternateName}, {shortName}: another name of the record itself, never a fact that tells
 * it apart in a pick list ("Ministry of Housing (display additional name Ministry of Finance)").
 */
export const OTHER_NAME_KEY28 = /^(?:display|additional|alternate|alternative|alt|secondary|short|sort|legal|official|other)_?(?:(?:additional|alternate|display)_?)?name$/i;

/** "minister name Ingrid Reyes" → "minister Ingrid Reyes": a person's role names them; "name" is the key's. */
export function roleDetail28(said: string): string {
  return said.replace(/^((?:[a-z]+ )?(?:minister|owner|author|director|manager|host|artist|driver|captain|coach|president|chair|founder|contact|editor|organizer|organiser|speaker|leader|head)) name(?= )/i, '$1');
}
