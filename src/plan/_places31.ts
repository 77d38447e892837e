/**
 * Late place facts of wave 31 (QUALITY.md E), one walk of the result.
 *
 * A distance with a figure is a limited one: `isUnlimited: "true"` beside `value: 1.5` km contradicts it (base openapi 285).
 *
 * A venue named after a city stands in that city (QUALITY.md E): an event moved to Seoul is not held at the
 * recording's "Memphis Music Room" — the venue takes the event's city ("Seoul Music Room"). Only a name whose
 * city word is followed by a venue word is touched, and only where the record's own city is another known city.
 */
import { faker } from '@faker-js/faker';
import { knownPlaces } from '../world/index.ts';

const CITY_KEY = /^(location|city|city_?name|venue_?city|town)$/i;
const VENUE_KEY = /^(venue|venue_?name|stadium|stadium_?name|arena|arena_?name|hall_?name|theat(er|re)_?name|club_?name)$/i;
const VENUE_WORD = '(Music|Concert|Convention|Civic|Event|Events|Sports|Arena|Hall|Room|Center|Centre|Stadium|Theater|Theatre|Club|Pavilion|Coliseum|Garden|Gardens|Field|Auditorium|Ballroom|Dome|Amphitheater|Amphitheatre|Bowl|Forum|Palace|Casino|Expo|Exhibition|Opera|Ice|Golf|Country)\\b';

let cities: string[] | undefined;
/** Known cities, longest first ("San Jose" before "San"). */
const allCities = (): string[] =>
  (cities ??= [...new Set([...knownPlaces().map((p) => p.city), ...(faker.definitions.location.city_name ?? [])])].filter((c) => c.length >= 4).sort((a, b) => b.length - a.length));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `kept`: JSON of values the call sent or the chain pinned, never changed. */
export function settlePlaces31(node: unknown, kept: ReadonlySet<string>, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 5) return;
  if (Array.isArray(node)) {
    for (const item of node) settlePlaces31(item, kept, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  let cityKey: string | undefined;
  let venueKey: string | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') {
      if (cityKey === undefined && CITY_KEY.test(k)) cityKey = k;
      else if (venueKey === undefined && VENUE_KEY.test(k)) venueKey = k;
    } else if (v && typeof v === 'object') settlePlaces31(v, kept, depth + 1);
  }
  limited(obj);
  if (cityKey === undefined || venueKey === undefined) return; // the cheap test first: a venue beside a city
  const venue = obj[venueKey] as string;
  if (kept.has(JSON.stringify(venue))) return;
  const here = (obj[cityKey] as string).split(',')[0]!.trim();
  const list = allCities();
  if (!list.includes(here)) return;
  for (const other of list) {
    if (other === here || here.includes(other) || other.includes(here) || !venue.includes(other)) continue;
    const at = new RegExp(`(^|\\s)${escape(other)}\\s+(?=${VENUE_WORD})`, 'u');
    if (at.test(venue)) obj[venueKey] = venue.replace(at, `$1${here} `);
    return;
  }
}

const UNLIMITED = /^(is_?)?unlimited$/i;
const FIGURE = /^(value|amount|distance|radius|limit|max|maximum)$/i;

/** A flag saying a measure is unlimited is false where the measure has a figure. */
function limited(obj: Record<string, unknown>): void {
  const flag = Object.keys(obj).find((k) => UNLIMITED.test(k));
  if (flag === undefined || !Object.entries(obj).some(([k, v]) => FIGURE.test(k) && typeof v === 'number' && v > 0)) return;
  if (obj[flag] === true) obj[flag] = false;
  else if (obj[flag] === 'true') obj[flag] = 'false';
}
