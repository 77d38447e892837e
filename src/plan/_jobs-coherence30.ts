/**
 * A job posting agrees with itself and the world (QUALITY.md E, base bundled #78 of the m29 reading): a job "in
 * Valencia" lies in Valencia, not at Madrid's coordinates; a bartender, a concierge or a nurse works on site, never
 * `remote: true`; a bar's or a hotel desk's pay is a service wage, and a part-time job pays about half a full one.
 * The location fix holds for any record that names a well-known city beside its own coordinates. No randomness.
 */
import { knownPlaces, type Place } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

const CITY = /^(location|city|city_?name|town|job_?location|location_?name)$/;
const LAT = /^(lat|latitude)$/;
const LNG = /^(lng|lon|long|longitude)$/;
const TITLE = /^(title|job_title|position|role)$/;
const REMOTE = /^(remote|is_?remote|remote_?ok|remote_?allowed|remote_?friendly)$/;
const KIND = /^(employment_type|job_type|contract_type|employment|work_type)$/;
/** Roles done where the guests, patients, goods or tools are. */
const ON_SITE = /\b(bartender|barista|waiter|waitress|concierge|front (office|desk)|receptionist|housekeep\w*|room attendant|chef|cook|sous chef|dishwasher|kitchen|bellhop|porter|valet|doorman|nurse|caregiver|paramedic|pharmacist|dentist|surgeon|physician|therapist|physiotherapist|physio|cashier|sales associate|store|retail|shop assistant|warehouse|forklift|picker|packer|driver|courier|electrician|plumber|mechanic|welder|carpenter|machinist|forklift operator|assembler|cleaner|janitor|custodian|security guard|lifeguard|nanny|hairdresser|barber|stylist|butcher|baker|gardener|landscaper|event staff|hostess|sommelier|guest service\w*)\b/i;
/** Roles paid a service wage: below a desk job's band unless they manage others. */
const SERVICE = /\b(bartender|barista|waiter|waitress|concierge|receptionist|housekeep\w*|room attendant|cook|dishwasher|bellhop|porter|valet|doorman|cashier|sales associate|shop assistant|picker|packer|cleaner|janitor|custodian|security guard|lifeguard|nanny|hostess|guest service\w*|event staff|courier|delivery driver)\b/i;
const MANAGES = /\b(manager|supervisor|head|director|lead|chief)\b/i;

let byCity: Map<string, Place> | undefined;
const cityPlace = (name: string): Place | undefined => (byCity ??= new Map(knownPlaces().map((p) => [p.city, p]))).get(name.trim());

function kmApart(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, a)));
}

/** A small offset kept from the drawn coordinate's last digits (±0.05°), so the same draw lands on the same spot. */
const jitter = (old: number): number => ((Math.abs(Math.round(old * 10_000)) % 101) - 50) / 1000;

/** A record naming a well-known city (`location: "Valencia"`) beside coordinates far from it is moved into that city. */
export function coordinatesOfCity30(obj: Json, pinned: ReadonlySet<string>): void {
  let cityKey: string | undefined;
  for (const k in obj) if (typeof obj[k] === 'string' && CITY.test(snakeKey(k))) cityKey = k;
  if (cityKey === undefined) return;
  const place = cityPlace(obj[cityKey] as string);
  if (place === undefined) return;
  const keys = Object.keys(obj);
  const latKey = keys.find((k) => LAT.test(snakeKey(k)) && typeof obj[k] === 'number');
  const lngKey = keys.find((k) => LNG.test(snakeKey(k)) && typeof obj[k] === 'number');
  if (latKey === undefined || lngKey === undefined) return;
  const lat = obj[latKey] as number;
  const lng = obj[lngKey] as number;
  if (kmApart(lat, lng, place.latitude, place.longitude) <= 40) return;
  if ([cityKey, latKey, lngKey].some((k) => pinned.has(JSON.stringify(obj[k])))) return;
  obj[latKey] = Number((place.latitude + jitter(lat)).toFixed(4));
  obj[lngKey] = Number((place.longitude + jitter(lng)).toFixed(4));
}

/** The job's title, if the record is a job posting (a title beside a remote flag, a salary or an employment type). */
function jobTitle(obj: Json): string | undefined {
  const keys = Object.keys(obj).map(snakeKey);
  if (!keys.some((k) => REMOTE.test(k) || KIND.test(k) || /salary|pay|wage/.test(k))) return undefined;
  const titleKey = Object.keys(obj).find((k) => TITLE.test(snakeKey(k)) && typeof obj[k] === 'string');
  return titleKey === undefined ? undefined : (obj[titleKey] as string);
}

/** An on-site role is not remote. */
export function onSiteNotRemote30(obj: Json, pinned: ReadonlySet<string>): void {
  const remote = Object.keys(obj).find((k) => obj[k] === true && REMOTE.test(snakeKey(k)));
  if (remote === undefined) return;
  const title = jobTitle(obj);
  if (title === undefined || !ON_SITE.test(title) || pinned.has(JSON.stringify(title))) return;
  obj[remote] = false;
}

/** The yearly band of a job's level (dollars' worth), for its role and hours: a service wage, half for part time. */
export function payBand30(obj: Json, band: readonly [number, number]): readonly [number, number] {
  const title = jobTitle(obj) ?? '';
  let [low, high] = band;
  if (SERVICE.test(title) && !MANAGES.test(title)) [low, high] = [Math.min(low, 24_000), Math.min(high, 36_000)];
  const kind = Object.keys(obj).find((k) => KIND.test(snakeKey(k)) && typeof obj[k] === 'string');
  if (kind !== undefined && /^part.?time$/i.test(obj[kind] as string)) [low, high] = [Math.round(low / 2), Math.round(high / 2)];
  return [low, high];
}
