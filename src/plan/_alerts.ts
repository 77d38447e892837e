/**
 * A weather alert record says one thing: its event is an alert type (a Flood Warning, a Heat Advisory, never a
 * concert drawn for a field called `event`), of a type that fits its severity; its headline and description
 * speak of that event; it begins before it expires. Values pinned or echoed (`fixed`) never change.
 */
import { REFERENCE_DATE, currentWorld, focusedPlace, meanTemperature } from '../world/index.ts';
import { faker } from './_faker.ts';
import { snakeKeyLetters } from '../text/key-words-speed28.ts';
import { alertSpan30, elsewhereTypes30, foreignAlert30, heatOutOfSeason30 } from './_alert-kinds-sky30.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

/** Alert types by severity, as weather services name them; only types that can happen inland as well as on a coast (a Hurricane Warning for Budapest or a Small Craft Advisory for Gauteng reads as noise). */
const BY_SEVERITY: Record<string, readonly string[]> = {
  extreme: ['Tornado Warning', 'Extreme Wind Warning', 'Extreme Heat Warning', 'Flash Flood Emergency'],
  severe: ['Flood Warning', 'Severe Thunderstorm Warning', 'Winter Storm Warning', 'High Wind Warning'],
  moderate: ['Wind Advisory', 'Heat Advisory', 'Dense Fog Advisory', 'Frost Advisory', 'Flood Watch'],
  minor: ['Special Weather Statement', 'Hydrologic Outlook', 'Air Quality Alert'],
};
const ALL_TYPES = Object.values(BY_SEVERITY).flat();
const ADVICE: Record<string, string> = {
  Flood: 'avoid low-lying roads and do not drive through flooded areas',
  Heat: 'drink plenty of water and stay out of the sun in the afternoon',
  Wind: 'secure loose outdoor objects and take care on the roads',
  Winter: 'travel only if necessary and allow extra time',
  Fog: 'slow down and leave extra distance when driving',
  Frost: 'protect sensitive plants and pipes overnight',
  Thunderstorm: 'stay indoors and away from windows',
  Tornado: 'move to an interior room on the lowest floor now',
  Hydrologic: 'keep an eye on rivers and streams near you',
  Air: 'limit time outdoors if you have breathing problems',
};

const ALERT_SIGN = /^(severity|urgency|certainty)$/;
/** Most telling first; a `type` or `name` may be an enum or a sender, and is left alone. */
const EVENT_KEYS = ['event', 'event_type', 'alert_type', 'phenomenon', 'title'];
const TEXT_KEY = /^(headline|summary)$/;
const DESCRIPTION_KEY = /^(description|instruction|instructions|details|desc)$/;
const AREA_KEY = /^(area|area_desc|areas|region|regions|city|location|zone|zone_name)$/;
const START_KEY = /^(onset|effective|starts|start|start_time|begins|from|valid_from)$/;
const END_KEY = /^(expires|ends|end|end_time|until|valid_until|valid_to|to)$/;

/** `severityLevel` → `severity_level` (kept per key: every record's keys are read). */
const camelWords = snakeKeyLetters;

/** `byWords` maps each key's snake-case words to the key; only the record's own, unfixed keys change. */
export function agreeAlert(record: Record<string, unknown>, byWords: Map<string, string>, fixed: readonly string[]): void {
  const severityKey = Object.keys(record).find((k) => ALERT_SIGN.test(camelWords(k)));
  if (severityKey === undefined) return;
  const find = (re: RegExp): string | undefined => [...byWords].find(([w]) => re.test(w))?.[1];
  const eventKey = EVENT_KEYS.map((w) => byWords.get(w)).find((k) => k !== undefined);
  if (eventKey === undefined || typeof record[eventKey] !== 'string') return;
  const severity = String(record[severityKey] ?? '').toLowerCase();
  let event = record[eventKey] as string;
  if (!ALL_TYPES.includes(event) && !/\b(warning|watch|advisory|alert|statement|emergency)\b/i.test(event)) {
    event = pick(BY_SEVERITY[severity] ?? ALL_TYPES);
    record[eventKey] = event;
  }
  if (!fixed.includes(eventKey)) {
    event = inSeason(event, severity);
    record[eventKey] = event;
  }
  const areaKey = find(AREA_KEY);
  const area = areaKey !== undefined && typeof record[areaKey] === 'string' ? (record[areaKey] as string) : 'the area';
  const descriptionKey = find(DESCRIPTION_KEY);
  if (descriptionKey !== undefined && typeof record[descriptionKey] === 'string') {
    const advice = Object.entries(ADVICE).find(([word]) => event.includes(word))?.[1] ?? 'follow advice from local officials';
    record[descriptionKey] = `${event} for ${area}: ${advice}.`;
  }
  const endKey = find(END_KEY);
  orderDates(record, find(START_KEY), endKey, fixed, event);
  // Two alerts of one type in one list still have two headlines: each says until when it runs, as services do.
  const headlineKey = find(TEXT_KEY);
  if (headlineKey !== undefined && typeof record[headlineKey] === 'string') record[headlineKey] = `${event} in effect for ${area}${untilText(endKey === undefined ? undefined : record[endKey])}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** " until March 18, 09:00 UTC" for an expiry time; nothing for a value that is no time. */
function untilText(end: unknown): string {
  if (typeof end !== 'string' || end.length <= 10) return '';
  const time = Date.parse(end);
  if (Number.isNaN(time)) return '';
  const d = new Date(time);
  return ` until ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
}

/** A headline drawn alone for an alert (no event beside it yet): an alert's, never a news story's. */
export function alertHeadline(): string {
  return `${pick(ALL_TYPES)} in effect for the area`;
}

const COLD_EVENT = /\b(winter|frost|freeze|blizzard|ice|snow|wind chill)\b/i;
const HEAT_EVENT = /\bheat\b/i;
/** Convective storms need warm air: no Severe Thunderstorm Warning beside a Winter Storm Warning in a Seoul March (rd35 control). */
const WARM_EVENT = /\b(thunderstorm|tornado)\b/i;
const WARM_MIN = 12; // where cold alerts stop (mean > 12): one place and day never has both

/**
 * An alert fits the season where it is issued: no Winter Storm Warning for Lima in March (late summer south of the
 * equator, and never cold on the tropical coast), no Heat Advisory in a northern winter. The type becomes another of
 * its severity that holds in any season.
 */
function inSeason(event: string, severity: string): string {
  const world = currentWorld();
  if (!world) return event;
  const place = focusedPlace(world);
  const mean = meanTemperature(place.latitude, Number(REFERENCE_DATE.slice(5, 7)), Number(REFERENCE_DATE.slice(8, 10)), place.longitude);
  // A heat alert needs a warm season; a tornado warning is issued in North America alone (_alert-kinds-sky30.ts).
  const wrong = (e: string): boolean => (COLD_EVENT.test(e) && mean > 12) || (HEAT_EVENT.test(e) && heatOutOfSeason30(mean)) || (WARM_EVENT.test(e) && mean < WARM_MIN) || foreignAlert30(e, place.countryCode);
  if (!wrong(event)) return event;
  const others = [...(BY_SEVERITY[severity] ?? ALL_TYPES), ...elsewhereTypes30(severity, place.countryCode)].filter((e) => !COLD_EVENT.test(e) && !HEAT_EVENT.test(e) && !(WARM_EVENT.test(e) && mean < WARM_MIN) && !foreignAlert30(e, place.countryCode));
  return others.length > 0 ? others[hashOf(event) % others.length]! : event;
}

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/**
 * An alert is current: it began a few hours before the dialogue's day and runs for hours or days, not years
 * (weather services issue alerts for a spell of weather). Dates drawn apart are redrawn unless one was given.
 */
function orderDates(record: Record<string, unknown>, startKey: string | undefined, endKey: string | undefined, fixed: readonly string[], event: string): void {
  if (startKey === undefined || endKey === undefined || fixed.includes(startKey) || fixed.includes(endKey)) return;
  const start = record[startKey];
  const end = record[endKey];
  if (typeof start !== 'string' || typeof end !== 'string' || Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end))) return;
  const now = Date.parse(`${REFERENCE_DATE}T12:00:00Z`);
  const early = faker.number.int({ min: 2, max: 40 });
  const late = faker.number.int({ min: 4, max: 120 });
  // A tornado warning runs for an hour or so, a flood warning for days.
  const { onset, expires } = alertSpan30(event, now, early, late);
  record[startKey] = sameShape(start, onset);
  record[endKey] = sameShape(end, expires);
}

/** `time` written like `like`: a date alone, or a UTC time to the minute. */
function sameShape(like: string, time: number): string {
  const iso = new Date(time).toISOString();
  return like.length <= 10 ? iso.slice(0, 10) : `${iso.slice(0, 16)}:00Z`;
}

const HOT = /\bheat\b/i;
const COLD = /\b(frost|freeze|winter|snow|wind chill|ice|blizzard)\b/i;
/** What a cold or hot alert becomes beside its opposite: an alert of the same weight that fits either. */
const NEUTRAL: Readonly<Record<string, string>> = { Advisory: 'Dense Fog Advisory', Warning: 'High Wind Warning', Watch: 'Flood Watch', Emergency: 'Flash Flood Emergency', Statement: 'Special Weather Statement', Alert: 'Air Quality Alert' };
const adviceOf = (event: string): string | undefined => Object.entries(ADVICE).find(([word]) => event.includes(word))?.[1];

/**
 * Alerts active together for one place do not contradict (a Frost Advisory beside a Heat Advisory in Cairo): the
 * fewer side (cold on a tie) becomes an alert that fits either, its headline and advice with it. `isFixed` says
 * which records hold a value the call sent and stay.
 */
export function agreeAlertList(items: readonly unknown[], isFixed: (record: Record<string, unknown>) => boolean): void {
  const alerts: [Record<string, unknown>, string, string][] = [];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const record = item as Record<string, unknown>;
    const key = EVENT_KEYS.map((w) => Object.keys(record).find((k) => camelWords(k) === w)).find((k) => k !== undefined && typeof record[k] === 'string');
    if (key === undefined) return;
    alerts.push([record, key, record[key] as string]);
  }
  distinctAlerts(alerts, isFixed);
  const hot = alerts.filter(([, , e]) => HOT.test(e));
  const cold = alerts.filter(([, , e]) => COLD.test(e));
  if (hot.length === 0 || cold.length === 0) return;
  for (const [record, key, event] of hot.length < cold.length ? hot : cold) {
    if (isFixed(record)) continue;
    const weight = /(Advisory|Warning|Watch|Emergency|Statement|Alert)\b/.exec(event)?.[1] ?? 'Advisory';
    const next = NEUTRAL[weight]!;
    retype(record, key, event, next);
  }
}

/** An alert made another type: its type field, the type named in its other texts, and the advice that goes with it. */
function retype(record: Record<string, unknown>, key: string, event: string, next: string): void {
  const [was, now] = [adviceOf(event), adviceOf(next)];
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (typeof v !== 'string') continue;
    let out = k === key ? next : v.split(event).join(next);
    if (was !== undefined && now !== undefined) out = out.split(was).join(now);
    record[k] = out;
  }
}

/**
 * Alerts listed together are different alerts: a repeated type (a winter storm made a flood in Lima beside its own
 * Flood Warning) becomes an unused type of its severity that fits the season, and every headline speaks of its
 * alert's type (never "Regional hospital reports record year" under a Flood Warning).
 */
function distinctAlerts(alerts: [Record<string, unknown>, string, string][], isFixed: (record: Record<string, unknown>) => boolean): void {
  const used = new Set<string>();
  for (const entry of alerts) {
    const [record, key, event] = entry;
    if (used.has(event) && !isFixed(record)) {
      const severity = Object.entries(record).find(([k]) => ALERT_SIGN.test(camelWords(k)))?.[1];
      const world = currentWorld();
      // Outside North America the other services' extreme types are there to choose from too (_alert-kinds-sky30.ts).
      const pool = [...(BY_SEVERITY[String(severity ?? '').toLowerCase()] ?? ALL_TYPES), ...elsewhereTypes30(String(severity ?? '').toLowerCase(), world ? focusedPlace(world).countryCode : undefined)];
      const next = pool.map((e) => inSeason(e, String(severity ?? '').toLowerCase())).find((e) => !used.has(e));
      if (next !== undefined) {
        retype(record, key, event, next);
        entry[2] = next;
      }
    }
    used.add(entry[2]);
    const headline = Object.keys(record).find((k) => TEXT_KEY.test(camelWords(k)) && typeof record[k] === 'string');
    if (headline !== undefined && !isFixed(record) && !(record[headline] as string).includes(entry[2])) {
      const areaKey = Object.keys(record).find((k) => AREA_KEY.test(camelWords(k)) && typeof record[k] === 'string');
      record[headline] = `${entry[2]} in effect for ${areaKey !== undefined ? (record[areaKey] as string) : 'the area'}`;
    }
  }
}
