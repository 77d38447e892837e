/**
 * Records named or rated as another kind of thing, wave 18 (QUALITY.md E).
 * - `place_named_other_kind`: an item of a list of places of one kind (`schools[]`, `hospitals[]`, `libraries[]`)
 *   is not named as a place of another kind (a school "Maggio Court Gallery", "Commerce Street Park").
 * - `top_rank_low_rating`: a title ranked in a top 250 (`top250: 5`) is not rated low ("1.3" of 10).
 * - `isbn_language`: an edition's language is the one its ISBN's registration group publishes in (978-0 and 978-1
 *   English, 978-3 German, 978-90 Dutch): an English ISBN's edition is never Dutch.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyDashed } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;
type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const KINDS18_INVARIANTS = ['place_named_other_kind', 'top_rank_low_rating', 'isbn_language'] as const satisfies readonly InvariantId[];

const snake = snakeKeyDashed;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The words a place of each kind may end its name with. */
const OWN_WORDS: Readonly<Record<string, RegExp>> = {
  schools: /\b(school|academy|college|university|institute|kindergarten|preschool|lyceum|gymnasium|campus|grammar|high|primary|secondary|montessori|seminary|prep)$/i,
  hospitals: /\b(hospital|clinic|infirmary|medical cent(er|re)|health cent(er|re)|health|care|centre|center)$/i,
  libraries: /\b(library|libraries|branch|archive|archives)$/i,
  museums: /\b(museum|gallery|galleries|collection|centre|center|art|history|science)$/i,
  parks: /\b(park|gardens?|reserve|green|common|commons|woods?|forest|fields?)$/i,
  hotels: /\b(hotel|inn|resort|suites|lodge|hostel|motel|house|palace)$/i,
};
/** Last words that name a place of a known kind. */
const PLACE_WORD = /\b(school|academy|college|university|hospital|clinic|library|museum|gallery|park|gardens|hotel|inn|resort|plaza|market|mall|stadium|arena|station|church|bakery|pharmacy|restaurant|cafe|bar|hall|center|centre)$/i;
const NAME_KEY = /^(name|title|school_?name|display_?name)$/;

/** Why an item of a places list is named as another kind of place, or undefined. */
function otherKind(list: string, item: Json): string | undefined {
  const own = OWN_WORDS[list];
  if (own === undefined) return undefined;
  const key = Object.keys(item).find((k) => NAME_KEY.test(snake(k)) && typeof item[k] === 'string');
  const name = key === undefined ? undefined : (item[key] as string).trim();
  if (name === undefined || own.test(name) || !PLACE_WORD.test(name)) return undefined;
  return `an item of ${list} is named "${name}", a place of another kind`;
}

const TOP_RANK = /^(top_?250(_?tv)?|imdb_?top_?250)$/;
const RATING = /^(rating|imdb_?rating|imdbrating|vote_average|avg_?rating|average_?rating)$/;

/** Why a title ranked in a top 250 is rated too low, or undefined. */
function lowTopRating(obj: Json): string | undefined {
  const keys = Object.keys(obj);
  const rankKey = keys.find((k) => TOP_RANK.test(snake(k)) && typeof obj[k] === 'number' && (obj[k] as number) >= 1 && (obj[k] as number) <= 250);
  if (rankKey === undefined) return undefined;
  for (const k of keys) {
    if (!RATING.test(snake(k))) continue;
    const v = obj[k];
    const rating = typeof v === 'number' ? v : typeof v === 'string' && /^\d(\.\d+)?$/.test(v) ? Number(v) : undefined;
    if (rating !== undefined && rating < 6) return `${rankKey} ${String(obj[rankKey])} with ${k} ${JSON.stringify(v)}`;
  }
  return undefined;
}

const GROUP_LANGUAGE: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^97[89][01]/, 'en', 'english'], [/^9782/, 'fr', 'french'], [/^9783/, 'de', 'german'], [/^9784/, 'ja', 'japanese'],
  [/^97884/, 'es', 'spanish'], [/^97888/, 'it', 'italian'], [/^978(90|94)/, 'nl', 'dutch'],
];
const ISBN = /^isbn(_?13)?$/;
const LANGUAGE = /^(language|lang|language_?code)$/;

/** Why an edition's language is not its ISBN group's, or undefined. */
function isbnOtherLanguage(obj: Json): string | undefined {
  const keys = Object.keys(obj);
  const isbnKey = keys.find((k) => ISBN.test(snake(k)) && typeof obj[k] === 'string');
  if (isbnKey === undefined) return undefined;
  const digits = (obj[isbnKey] as string).replace(/[^0-9]/g, '');
  const group = digits.length === 13 ? GROUP_LANGUAGE.find(([re]) => re.test(digits)) : undefined;
  if (group === undefined) return undefined;
  const langKey = keys.find((k) => LANGUAGE.test(snake(k)) && typeof obj[k] === 'string');
  const lang = langKey === undefined ? undefined : (obj[langKey] as string).trim().toLowerCase();
  if (lang === undefined || !(/^[a-z]{2}$/.test(lang) || GROUP_LANGUAGE.some((g) => g[2] === lang))) return undefined;
  return lang === group[1] || lang === group[2] ? undefined : `ISBN ${obj[isbnKey] as string} (a ${group[2]} group) with ${langKey} "${obj[langKey!] as string}"`;
}

export function checkKinds18(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      const low = lowTopRating(obj);
      if (low) add('top_rank_low_rating', i, `tool result: a title ranked in a top 250 is rated low: ${low}`);
      const isbn = isbnOtherLanguage(obj);
      if (isbn) add('isbn_language', i, `tool result: an edition's language is not its ISBN's: ${isbn}`);
      for (const [key, value] of Object.entries(obj)) {
        if (!Array.isArray(value) || OWN_WORDS[snake(key)] === undefined) continue;
        for (const item of value) {
          const why = isRecord(item) ? otherKind(snake(key), item) : undefined;
          if (why) {
            add('place_named_other_kind', i, `tool result: ${why}`);
            break;
          }
        }
      }
    });
  });
}
