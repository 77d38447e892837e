/**
 * The words of a search said as what they are (QUALITY.md B): a free-text input whose documented value is a city
 * ({q: "London"} of a sports or weather API) is a location ("I need the location", never "the search query"); the
 * words a list of texts is searched for ("customer service" of product reviews) are what the texts mention ("I'm
 * looking for reviews that mention customer service", never "I'm looking for customer service").
 */
import type { RecordOperation } from '../plan/types.ts';
import { gazetteerPlace, knownPlaces } from '../world/index.ts';

/** "search query" of an input whose default or example is a well-known city: a location. */
export function placeQuery28(noun: string, param: string, op: RecordOperation | undefined): string {
  if (noun !== 'search query' || !op) return noun;
  const schema = (op.parameters.properties as Record<string, Record<string, unknown>> | undefined)?.[param];
  const shown = schema?.default ?? schema?.example;
  if (typeof shown !== 'string' || !/^[A-Z][\p{L} .'-]{2,40}$/u.test(shown.trim())) return noun;
  const city = shown.trim().toLowerCase();
  return knownPlaces().some((p) => p.city.toLowerCase() === city) || gazetteerPlace(shown) ? 'location' : noun;
}

/** Texts a person searches inside: what the search words are is what they mention. */
const TEXTS = /^(reviews|comments|posts|articles|messages|tweets|emails|notes|stories|headlines|questions|answers|transcripts|lyrics)$/;

/** "reviews that mention customer service" of product_reviews {query}; undefined when the operation lists no texts. */
export function mentionedIn28(value: string, op: RecordOperation): string | undefined {
  const words = `${op.name} ${op.path}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
  const texts = words.filter((w) => TEXTS.test(w)).pop();
  return texts ? `${texts} that mention ${value}` : undefined;
}
