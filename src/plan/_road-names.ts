/**
 * Names on roads: a road record's subtitle is a road section between two towns, never a book title.
 */
import { faker } from './_faker.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

/** Roads, closures and traffic: a subtitle there is a road section ("Lübeck towards Fehmarn"), never a book title. */
const ROAD_WORDS = /\b(roads?|closures?|roadworks?|traffic|autobahn|highways?|motorways?|lanes?|warnings?)\b/;
const ROAD_TOWNS = ['Hamburg', 'Lübeck', 'Bremen', 'Hannover', 'Kassel', 'Frankfurt', 'Würzburg', 'Nürnberg', 'München', 'Köln', 'Dortmund', 'Berlin', 'Leipzig', 'Dresden', 'Stuttgart', 'Karlsruhe'];

/** A record's subtitle by what the record is: a road section on a road, a book-like subtitle elsewhere. */
export function subtitleFor(context: string): string {
  if (!ROAD_WORDS.test(context)) return faker.book.title();
  const from = pick(ROAD_TOWNS);
  return `${from} towards ${pick(ROAD_TOWNS.filter((t) => t !== from))}`;
}
