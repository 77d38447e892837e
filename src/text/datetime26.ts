/**
 * A date-time pattern a parameter's description documents ("The format is yyyy-MM-dd'T'HH:mm:ss"): its value is a
 * moment in that shape ("2025-05-15T00:00:00"), never a bare day. Shared by the planner (which writes the value so)
 * and the checker (which rejects a bare day there).
 */

// yyyy-MM-dd, then T (quoted or not) and HH:mm; what follows says the zone: Z, an offset, or none.
const DATE_TIME = /\by{4}-mm-dd'?t'?hh:mm(?::ss)?(?:\.s+)?('?z'?|x{1,3}|±hh:?mm|[+-]hh:?mm)?/i;
const shapes = new Map<string, string | null>();

/** The zone suffix of the date-time pattern a description documents ("" for none, "Z"), or null when it documents none. */
export function documentedDateTime(description: unknown): string | null {
  if (typeof description !== 'string' || !/hh:mm/i.test(description)) return null;
  let zone = shapes.get(description);
  if (zone === undefined) {
    const m = DATE_TIME.exec(description.slice(0, 400));
    // An offset ("±hh:mm", "XXX") has no one right value for a day said without one: only none and Z are filled in.
    zone = !m ? null : m[1] === undefined ? '' : /z/i.test(m[1]) ? 'Z' : null;
    if (shapes.size > 20_000) shapes.clear();
    shapes.set(description, zone);
  }
  return zone;
}

export const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * "2025-05-15" for a parameter documented as yyyy-MM-dd'T'HH:mm:ss: "2025-05-15T00:00:00", the day's midnight
 * (a drawn or example time, "05:49:27", is no time a person gives for a day); any other value as it is.
 */
export function inDocumentedDateTime(value: unknown, description: unknown): unknown {
  const m = typeof value === 'string' ? ISO.exec(value) : null;
  const zone = m ? documentedDateTime(description) : null;
  return m && zone !== null ? `${m[1]}T00:00:00${zone}` : value;
}
