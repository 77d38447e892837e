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
