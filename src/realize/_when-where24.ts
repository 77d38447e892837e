/**
 * The details of a dated, placed thing (an event, a match, a screening) say when and where first (bundled #9, #54,
 * #228: "get details of an event" was answered by its name, status, performers and price, its date and venue
 * left out). Any read result with a start date and a venue (or, for event-like operations, a location) leads
 * with "X takes place at Venue in City on <date>."; the facts that said the same are left to that sentence.
 */
import type { RecordOperation } from '../plan/types.ts';
import { sayDate } from './_say.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const snake = snakeKey;
/** Keys of when a thing starts; a bare date only beside a venue. */
const START_KEY = /^((starts?|begins?|start|begin)(_(at|on|date|time|date_?time|datetime|utc|local|local_?date_?time))?|(start|event|local)_(date|date_?time|datetime)|event_?(time|start))$/;
const BARE_DATE = /^(date|date_?time|datetime|when|scheduled_?(at|for|date))$/;
const VENUE_KEY = /^(venue|venue_?name|arena|stadium|theatre|theater)$/;
const LOCATION_KEY = /^(location|location_?name|place|place_?name|site)$/;
const NAME_KEY = /^(name|title|event_?name)$/;
const CITY_KEY = /^(city|town|locality|city_?name)$/;
/** What takes place somewhere at a time: only then is a `location` the place it is held. */
const EVENT_WORDS = /\b(events?|concerts?|gigs?|festivals?|shows?|matches|match|fixtures?|games?|performances?|screenings?|showtimes?|meetups?|conferences?|workshops?|classes|sessions?|races?|fights?|bouts?)\b/i;
const CANCELLED = /cancel|postpon/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim().length > 0 && v.length <= 60 && !/^https?:/.test(v) ? v.trim() : undefined);

/** The start of the record: a top-level start key, or `dates.start.dateTime` one or two levels down. */
function startOf(record: Obj, venue: boolean): string | undefined {
  for (const [k, v] of Object.entries(record)) {
    const w = snake(k);
    if (typeof v === 'string' && (START_KEY.test(w) || (venue && BARE_DATE.test(w))) && /^\d{4}-\d{2}-\d{2}/.test(v)) return sayDate(v);
    // {startTime: "19:15"}: a time of day alone (a fight card's), said as the hour it starts.
    if (typeof v === 'string' && START_KEY.test(w) && /^([01]\d|2[0-3]):[0-5]\d$/.test(v)) return `${v}`;
    if (isObj(v) && /^(dates?|start|schedule|time|times)$/.test(w)) {
      const inner = isObj(v['start']) ? v['start'] : v;
      const found = Object.entries(inner).find(([ik, iv]) => typeof iv === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(iv) && /date|time|start/i.test(ik));
      if (found) return sayDate(found[1] as string);
    }
  }
  return undefined;
}

/** The place's name and its city: `venue: {name, city}`, `venue: "Hall"`, `venueName` + `city`. */
function placeOf(record: Obj, eventLike: boolean): { name: string; city?: string; country?: string } | undefined {
  // {venueName: "Union Hall", location: "Johannesburg"}: beside a venue, a location string is its city.
  const topCity = Object.entries(record).find(([k, v]) => (CITY_KEY.test(snake(k)) || (LOCATION_KEY.test(snake(k)) && Object.keys(record).some((o) => VENUE_KEY.test(snake(o))))) && text(v))?.[1] as string | undefined;
  // A venue before a location: {location: "Johannesburg", venueName: "Union Hall"} takes place at the hall.
  const entries = Object.entries(record);
  const ordered = [...entries.filter(([k]) => VENUE_KEY.test(snake(k))), ...entries.filter(([k]) => eventLike && LOCATION_KEY.test(snake(k)))];
  for (const [k, v] of ordered) {
    const w = snake(k);
    if (LOCATION_KEY.test(w) && text(v) === topCity && topCity !== undefined) continue;
    if (text(v)) return { name: text(v) as string, city: topCity };
    if (!isObj(v)) continue;
    const name = Object.entries(v).find(([ik, iv]) => NAME_KEY.test(snake(ik)) || /^(venue|place)_?name$/.test(snake(ik)) ? text(iv) : false)?.[1] as string | undefined;
    const address = isObj(v['address']) ? v['address'] : {};
    const city = (Object.entries({ ...address, ...v }).find(([ik, iv]) => CITY_KEY.test(snake(ik)) && text(iv))?.[1] as string | undefined) ?? topCity;
    // Its country is said by the city: "the country code is HU" after "in Budapest" tells nothing.
    const country = Object.entries(v).find(([ik, iv]) => /^country(_?code)?$/.test(snake(ik)) && text(iv))?.[1] as string | undefined;
    if (name) return { name, city, country: city ? country : undefined };
    if (city) return { name: city };
  }
  return undefined;
}

/** The when-and-where sentence of a read result, and the fact values it says (to be left out of the rest). */
export function whenWhere24(result: unknown, op: RecordOperation | undefined): { lead: string; said: string[] } | undefined {
  if (!isObj(result) || op === undefined) return undefined;
  const keys = Object.keys(result).map(snake);
  // Cheap bail-out: no venue or location key, no event.
  if (!keys.some((k) => VENUE_KEY.test(k) || LOCATION_KEY.test(k))) return undefined;
  const eventLike = EVENT_WORDS.test(`${op.path} ${op.name} ${op.description.split(/(?<=[.!?])\s/)[0] ?? ''}`);
  const place = placeOf(result, eventLike);
  if (!place) return undefined;
  const when = startOf(result, keys.some((k) => VENUE_KEY.test(k)));
  if (!when) return undefined;
  const name = Object.entries(result).find(([k, v]) => NAME_KEY.test(snake(k)) && text(v))?.[1] as string | undefined;
  const where = `${place.name}${place.city && !place.name.includes(place.city) ? ` in ${place.city}` : ''}`;
  const off = Object.values(result).some((v) => typeof v === 'string' && CANCELLED.test(v));
  const verb = off ? 'was to take place' : 'takes place';
  const at = /^\d{2}:\d{2}$/.test(when) ? `, starting at ${when}` : ` on ${when}`;
  return { lead: `${name ?? 'It'} ${verb} at ${where}${at}. `, said: [name, place.name, place.city, place.country, when].filter((s): s is string => s !== undefined) };
}

/** A fact that says only what the lead said ("the name is Otis Vale", "the city is Budapest", "it starts on …"). */
export function saidByLead24(fact: string, said: readonly string[]): boolean {
  return said.some((s) => fact.endsWith(` is ${s}`) || fact.endsWith(` on ${s}`) || fact.endsWith(` at ${s}`) || fact.endsWith(` in ${s}`));
}
