/**
 * A catalogue's own list of a taxonomy (`listMovieGenres`, `GET /categories`): called with nothing, it names every
 * genre with its id, so nobody states "the genre ID is 35" where the assistant can look it up (QUALITY.md H, I).
 */
import type { PlanOperation } from './_catalog-types.ts';
import { lastNameWord } from './_params.ts';

/** Things an API keeps a short fixed list of, each with a code. */
const TAXONOMY = /^(genre|category|tag|topic|section|department|cuisine|sport|league|language|currency|collection|subject|industry|sector)$/;
const plural = (noun: string): string => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/** Does `source` list the taxonomy `param` (`genreId`, `category_id`) codes, asking for nothing? */
export function listsTaxonomy(source: PlanOperation | undefined, param: string): boolean {
  if (!source || source.operation.effect !== 'read' || source.required.length > 0) return false;
  const noun = /^(?:.*_)?([a-z]+?)_?(?:id|ids|code|codes)$/.exec(lastNameWord(param))?.[1];
  if (!noun || !TAXONOMY.test(noun)) return false;
  const words = `${lastNameWord(source.operation.name)}_${source.operation.path.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  return new RegExp(`(^|_)${plural(noun)}(_|$)`).test(words);
}

/**
 * Records of the public world a service numbers for itself (a golf stat, a tournament, a city, a film, a quiz
 * question): nobody knows their codes ("the stat ID is 41086" is said by no one); a person names them, so the code
 * comes from a lookup or the request is not played. A user's own references (an order, a booking, an account)
 * are not among them: those are handed to the user.
 */
const PUBLIC_RECORD = /^(stat|stats|statistic|tourn|tournament|competition|league|season|team|player|match|fixture|race|stage|circuit|driver|city|region|station|airport|drink|cocktail|recipe|meal|question|quiz|chapter|verse|surah|ayah|hadith|movie|film|tv|show|series|episode|tmdb|imdb|trakt|tvdb|artist|album|track|song|podcast|difficulty|genre|category|cuisine|sport|developer|radio|channel|fight|bout|coin|editorial|browse|woe|geoname|place)$/;

/** "The stage ID", "A valid TMDb ID", "The ID of the team": the record a code's description names. */
const DESCRIBED_CODE = /(?<![\w'])(?!(?:the|a|an|valid|unique|its|this|that|your)\b)([A-Za-z]+)(?:'s)? (?:deezer |spotify |youtube |google )?ID\b|\bID of (?:the |a |an )?([a-z]+)/i;

/** Is `param` of `op` a code of a public record (`statId`, `tournId`, `cityId`, `id` "of the team") asked of the user? */
export function publicRecordCode(op: PlanOperation, param: { name: string; description?: string }): boolean {
  if (op.operation.effect !== 'read') return false;
  const words = lastNameWord(param.name);
  // Only ids: a standard code (an IATA city code, an ISO region code) is not the service's own number.
  let noun = /^(?:.*_)?([a-z]+?)_?id$/.exec(words)?.[1];
  // A bare `id` (or `tm`) names its record in its description ("The stage ID for …", "The ID of the team …") or
  // the path before it (`/teams/{id}`).
  if (noun === undefined) {
    const said = DESCRIBED_CODE.exec(param.description ?? '');
    // A name that is no code (`team`, `city`) is a name the user says, unless its description calls it an ID (`tm`: "A valid TMDb ID").
    if (!said && !/(^|_)id$/.test(words)) return false;
    noun = (said?.[1] ?? said?.[2] ?? /\/([a-z]+?)s?\/\{[^}]+\}\/?$/i.exec(op.operation.path)?.[1] ?? /^(?:get_)?([a-z]+?)s?_by_id$/.exec(lastNameWord(op.operation.name))?.[1])?.toLowerCase();
  }
  return noun !== undefined && PUBLIC_RECORD.test(noun);
}
