/**
 * The sport a `sport` record names (QUALITY.md E): a motorsport API's categories (Superbike, DTM) all sit under
 * Motorsport, never under another category of the same API ("IndyCar"); a fight API's under MMA.
 */
import { faker } from './_faker.ts';
import { SPORT_CATEGORIES } from './_names.ts';

export function sportName(context: string): string {
  if (/\b(motorsports?|formula ?1?|f1|nascar|motogp|indycar|rally|superbike|dtm)\b/.test(context)) return 'Motorsport';
  if (/\b(mma|ufc|fights?|fighters?|bouts?)\b/.test(context)) return 'MMA';
  return faker.helpers.arrayElement(SPORT_CATEGORIES);
}
