/**
 * Numbers of one record that must agree with each other (QUALITY.md E), wave 21:
 * - a total listed beside its parts is their sum (a grant balance's `fee` + `principal` = `total`);
 * - a count of days (or any value) never exceeds the `maximum…` beside it (`estimatedDays` ≤ `maximumDays`);
 * - a restaurant table is booked at a meal time (lunch or dinner), never at 06:45.
 * Values the call sent or the chain reads (`keep`) never change.
 */

/** Parts a loan's or a balance's total sums: the principal and what is added to it. */
const PART = /^(principal|fee|fees|interest)$/i;
const TOTAL = /^total$/i;
const MAXIMUM = /^(maximum|max)_?(.+)$/i;
const PARTY = /^(party_?size|partysize|covers|guests|number_?of_?guests|people)$/i;
const TIME = /^(time|reservation_?time|booking_?time|start_?time)$/i;
const DINING = /\b(restaurants?|dining|tables?|reservations?|bookings?)\b/i;

const kept = (keep: ReadonlySet<string>, v: unknown): boolean => keep.has(JSON.stringify(v));

/** Every record of `value`, depth first. */
function eachRecord(value: unknown, visit: (obj: Record<string, unknown>) => void, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) eachRecord(item, visit, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const v of Object.values(obj)) eachRecord(v, visit, depth + 1);
  visit(obj);
}

/** `total` = `principal` + `fee` (+ `interest`) when the record lists a principal and at least one addition. */
function sumParts(obj: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const total = Object.keys(obj).find((k) => TOTAL.test(k) && typeof obj[k] === 'number');
  if (total === undefined || kept(keep, obj[total])) return;
  const parts = Object.keys(obj).filter((k) => PART.test(k) && typeof obj[k] === 'number');
  if (parts.length < 2 || !parts.some((k) => /^principal$/i.test(k))) return;
  const sum = parts.reduce((s, k) => s + (obj[k] as number), 0);
  obj[total] = Number.isInteger(sum) ? sum : Number(sum.toFixed(2));
}

/** A value above the maximum beside it (`estimatedDays` 344, `maximumDays` 248) is brought under it. */
function underMaximum(obj: Record<string, unknown>, keep: ReadonlySet<string>): void {
  for (const [k, max] of Object.entries(obj)) {
    const m = MAXIMUM.exec(k);
    if (!m || typeof max !== 'number') continue;
    const rest = m[2]!.replace(/^_/, '');
    const key = Object.keys(obj).find((o) => o !== k && o.toLowerCase().endsWith(rest.toLowerCase()) && typeof obj[o] === 'number' && !MAXIMUM.test(o) && !/^min/i.test(o));
    if (key === undefined || (obj[key] as number) <= max || kept(keep, obj[key])) continue;
    const v = obj[key] as number;
    // Somewhere between half the maximum and the maximum, by the drawn value's own digits (a pure function).
    const under = max * (0.5 + (Math.abs(Math.round(v)) % 50) / 100);
    obj[key] = Number.isInteger(v) ? Math.max(0, Math.round(under)) : Number(under.toFixed(2));
  }
}

/** Lunch and dinner seatings, in minutes after midnight. */
const SEATINGS = [12 * 60, 12 * 60 + 30, 13 * 60, 13 * 60 + 30, 18 * 60, 18 * 60 + 30, 19 * 60, 19 * 60 + 30, 20 * 60, 20 * 60 + 30, 21 * 60];

/** A table for a party at a time no restaurant seats (06:45) moves to a lunch or dinner seating. */
function mealTime(obj: Record<string, unknown>, keep: ReadonlySet<string>, context: string): void {
  if (!DINING.test(context) || !/\brestaurants?|dining|tables?\b/i.test(context + ' ' + Object.keys(obj).join(' '))) return;
  if (!Object.keys(obj).some((k) => PARTY.test(k))) return;
  const key = Object.keys(obj).find((k) => TIME.test(k) && typeof obj[k] === 'string');
  if (key === undefined || kept(keep, obj[key])) return;
  const m = /^(\d{2}):(\d{2})(.*)$/.exec(obj[key] as string);
  if (!m) return;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if ((minutes >= 11 * 60 + 30 && minutes <= 15 * 60) || (minutes >= 17 * 60 + 30 && minutes <= 22 * 60 + 30)) return;
  const at = SEATINGS[minutes % SEATINGS.length]!;
  obj[key] = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}${m[3]}`;
}

/** The records of a result made to agree: sums, maxima, meal times. */
export function fitUnits21(result: unknown, keep: ReadonlySet<string>, context: string): void {
  eachRecord(result, (obj) => {
    sumParts(obj, keep);
    underMaximum(obj, keep);
    mealTime(obj, keep, context);
  });
}
