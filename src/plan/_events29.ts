/**
 * An operation whose words say it lists events ("listing of all upcoming sports events for football, cricket and
 * golf", "get fixtures", "upcoming matches") returns the events: a name, a date, a place. Named by what the events
 * are of (`sports.json`), its result was read as that thing (a sport with an id) and the events asked for were never
 * told (QUALITY.md E, F). Only where the spec names no response (the caller's guard).
 */

/** The noun an operation is about and whether it returns several (`Resource` of _content.ts, which calls this). */
interface Resource {
  noun: string;
  plural: boolean;
}

/** "upcoming sports events", "list of fixtures", "scheduled matches", "all the events": a listing of events. */
const LISTS_EVENTS = /\b(?:list(?:ing)?s?|upcoming|scheduled|schedule|calendar|all|get|returns?|fetch|live|today'?s?|next)\b(?:\s+(?:of|the|all|upcoming|scheduled|live|sports?|football|soccer|cricket|golf|tennis|basketball|rugby|hockey|baseball|[a-z]+(?:,|\s+and|\s+or)?)){0,4}?\s+(events|fixtures|matches)\b(?!\s+(?:the|a|an|your|its|any|with)\b)/i;

/** The events the operation lists, when its summary or description says so and its own noun is no event; else undefined. */
export function listedEvents29(own: Resource, text: string, isEventKind: (noun: string) => boolean): Resource | undefined {
  if (isEventKind(own.noun)) return undefined;
  if (!/\b(events|fixtures|matches)\b/i.test(text)) return undefined; // cheap bail-out
  const m = LISTS_EVENTS.exec(text);
  if (!m) return undefined;
  return { noun: m[1]!.toLowerCase() === 'fixtures' ? 'fixture' : m[1]!.toLowerCase() === 'matches' ? 'match' : 'event', plural: true };
}

/** "upcoming sports events" (not "upcoming/previous events"): the events listed are after today. */
export function upcomingEvents29(text: string): boolean {
  return /\bupcoming\b(?!\s*\/|\s+(?:or|and)\s+(?:previous|past))/i.test(text) && /\b(events|fixtures|matches)\b/i.test(text);
}

const SUFFIXES = ['Open', 'Cup Final', 'Derby', 'Classic', 'Championship', 'Invitational'];

/**
 * Events listed for a place asked (`q: "Edinburgh"`) are held in that place: its city, and a name that is not the
 * place alone nor another city's ("Boston Derby" for Edinburgh). Only for a list of events the caller inferred.
 */
export function eventsInPlace29(result: unknown, place: string, isCity: (name: string) => boolean): void {
  const list = result !== null && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>)['events'] : undefined;
  if (!Array.isArray(list)) return;
  const used = new Set<string>();
  list.forEach((item, i) => {
    if (item === null || typeof item !== 'object') return;
    const rec = item as Record<string, unknown>;
    if (typeof rec['city'] === 'string') rec['city'] = place;
    const name = rec['name'];
    if (typeof name !== 'string') return;
    const lead = SUFFIXES.map((s) => new RegExp(`^(.+) ${s}$`).exec(name)?.[1]).find((x) => x !== undefined);
    if (name === place || (lead !== undefined && lead !== place && isCity(lead)) || used.has(name)) {
      const suffix = SUFFIXES.find((s, j) => j >= i % SUFFIXES.length && !used.has(`${place} ${s}`)) ?? SUFFIXES.find((s) => !used.has(`${place} ${s}`)) ?? `Cup ${i + 1}`;
      rec['name'] = `${place} ${suffix}`;
    }
    used.add(rec['name'] as string);
  });
}
