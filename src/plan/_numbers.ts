/**
 * Mock numbers that look like what the parameter names: a year, a page size, a percentage, a price, a
 * coordinate; clamped to the schema's bounds. All randomness comes from the caller's Rng.
 */
import type { JsonSchema } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';
import type { Rng } from '../random/index.ts';
import { idNumber32, scoreFor } from './_values32.ts';
import { REFERENCE_DATE, worldValue } from '../world/index.ts';
import { describedRange } from '../text/index.ts';
import { epochInMs35, MS_MOMENT_NAME } from './_epoch-unit-oar35.ts';

export function clampNumber(schema: JsonSchema, value: number, integer: boolean): number {
  let min = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let max = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  if (typeof schema.exclusiveMinimum === 'number') min = Math.max(min, schema.exclusiveMinimum + (integer ? 1 : 1e-6));
  if (typeof schema.exclusiveMaximum === 'number') max = Math.min(max, schema.exclusiveMaximum - (integer ? 1 : 1e-6));
  let v = Math.min(Math.max(value, min), max);
  if (integer) v = Math.round(v);
  if (integer && v > max) v = Math.floor(max);
  if (integer && v < min) v = Math.ceil(min);
  const step = schema.multipleOf;
  if (typeof step === 'number' && step > 0) {
    v = Math.ceil(v / step) * step;
    if (v > max) v -= step;
    v = Number(v.toFixed(10));
  }
  return v;
}

const NUMBER_KINDS: [kind: string, test: RegExp][] = [
  // A car's figures stay on a car's scale (no 372 cylinders, no 184 mpg in town).
  // `is_sun_up: 1`, `has_parking: 0`: an integer flag is 0 or 1, never 323.
  ['flag', /^(is|has|can|was|were|should|did|does|allow|allows)_[a-z0-9_]+$|(^|_)(critics_pick|editors_pick|editors_choice|staff_pick|explicit|adult)$/],
  ['cylinders', /(^|_)(cylinders|cylinder_count|num_cylinders|number_of_cylinders)$/],
  ['doors', /(^|_)(doors|door_count|num_doors|number_of_doors)$/],
  ['mpg', /(^|_)(city_mpg|highway_mpg|combination_mpg|combined_mpg|mpg|city_08|highway_08)$/],
  ['displacement', /(^|_)(displacement|engine_displacement|engine_displacement_liters|displacement_l|engine_size|displ)$/],
  ['temperature', /(^|_)(temp|temperature|feels_like|temp_min|temp_max|dew_point)$|temperature/],
  ['eta', /(^|_)(eta|eta_?minutes|eta_?mins|estimated_?minutes|minutes_?away|wait_?minutes|prep_?time_?minutes)$/],
  ['percent', /(humidity|probability|percent|percentage|cloud_cover|popularity|reputation)$/],
  ['duration_ms', /(^|_)(duration_ms|length_ms|duration_millis|runtime_ms)$/],
  ['duration_s', /(^|_)(duration|duration_s|duration_seconds|length_seconds|video_length_seconds|seconds)$/],
  ['population', /(^|_)population$/],
  ['age_restriction', /(^|_)(age_restriction|min_age|minimum_age|age_limit|age_rating)$/],
  ['elevation', /(^|_)(elevation|altitude|elevation_m|altitude_m)$/],
  ['rank', /(^|_)(rank|ranking|position|chart_position|place|seed)$/],
  // An hour of the day is a whole 0-23, a minute 0-59 (never 40.27); seats for people in a ride or a table are few.
  ['hour', /(^|_)(hour|hour_of_day|start_hour|end_hour|hr)$/],
  ['minute', /(^|_)(minute|minute_of_hour)$/],
  ['seats', /(^|_)(seats|seat_count|passengers|max_passengers|party_size|riders|people_capacity)$/],
  // A release has one disc or two; audio has one or two channels at a standard rate, a sample count of seconds
  // times that rate, an analysis window's offset a few seconds in; a span counted in days (a long weekend, a
  // stay) is days, not weeks.
  ['disc', /(^|_)(disc_number|disc_no|disk_number|disc|disk)$/],
  ['channels', /(^|_)(channels|num_channels|audio_channels|analysis_channels|channel_count)$/],
  ['sample_rate', /(^|_)(sample_rate|sampling_rate|samplerate|sample_rate_hz)$/],
  ['samples', /(^|_)(num_samples|sample_count|number_of_samples)$/],
  ['offset_s', /(^|_)(offset_seconds|offset_secs|start_offset_seconds|window_offset)$/],
  ['day_count', /(^|_)(day_count|days_count|number_of_days|num_days|nights|number_of_nights)$/],
  ['small_number', /(^|_)(track_number|season_number|episode_number|chapter|chapter_number|verse|verse_start|verse_end|week|week_num|week_number|round|lap|floor)$/],
  // A chapter, verse or surah is counted from 1 within its book, even when the spec calls its number an id (no chapter 358244).
  ['small_number', /(^|_)(chapter|verse|surah|sura|ayah|aya|juz|hizb|canto|psalm|hymn|stanza)_?(id|no|num|nr|index)$/],
  ['lat', /(^|_)(lat|latitude)$/],
  ['lon', /(^|_)(lng|lon|long|longitude)$/],
  // Epoch seconds (`timestamp`, `created_at`, `ts`): a moment near the reference date, never a small number.
  ['epoch', /(^|_)(timestamp|ts|epoch|unix_?time|time_?stamp|date)$|(^|_)(created|updated|modified|last_seen|last_updated|departure|arrival)_(at|time)$/],
  // A distance driven is thousands of km or miles, never a year (`mileage_year` is miles per year).
  ['mileage', /(^|_)(mileage|odometer|kilometers|kilometres|miles_driven|km_driven|(mileage|miles|km|distance)_(year|annual|yearly|per_year|start|current|total)|(annual|yearly)_(mileage|miles|distance))$/],
  ['year', /(^|_)year$/],
  ['month', /(^|_)month$/],
  ['day', /(^|_)day$/],
  ['limit', /(^|_)(limit|count|size|per_page|page_size|max_results|num|top|n)$/],
  ['page', /(^|_)(page|page_number)$/],
  ['offset', /(^|_)(offset|skip|start)$/],
  ['money', /(^|_)(price|amount|cost|total|budget|salary)$/],
  ['age', /(^|_)age$/],
  ['rating', /(^|_)(rating|stars|score)$/],
  ['radius', /(^|_)(radius|distance)$/],
  ['id', /(^|_)(id|ids|index|idx|number|no|num|woeid|geoid|gid)$/],
];
const numberKindCache = new Map<string, string>();

function numberKind(name: string): string {
  let kind = numberKindCache.get(name);
  if (kind === undefined) {
    const n = lastNameWord(name);
    kind = NUMBER_KINDS.find(([, test]) => test.test(n))?.[0] ?? 'plain';
    if (numberKindCache.size > 50000) numberKindCache.clear();
    numberKindCache.set(name, kind);
  }
  return kind;
}

const UNIX_TIME = /\bunix\b|\bepoch\b|\bposix time\b|\b(milli)?seconds since (1970|the epoch)\b/i;

/** What a number is called: a one- or two-letter name (`y`, `l`) by its description's first word ("Year (format YYYY)"). */
export function numberName(name: string, description: string | undefined): string {
  // A capacity counted in people ("Capacity of product. For example, 4 people.") is seats, not a hall's size.
  if (description && /capacity$/i.test(name) && /\b(people|persons|passengers|riders|seats)\b/i.test(description) && !/\b(venues?|halls?|stadiums?|arenas?|rooms?|buildings?)\b/i.test(description)) return 'people_capacity';
  // A number its description calls a unix timestamp (`since`: "a date time in unix timestamp format") is a moment near today.
  if (description && UNIX_TIME.test(description) && numberKind(name) === 'plain') return /milli/i.test(description) ? 'ms_timestamp' : 'timestamp';
  // `sinceMs`, `start_time_millis`: a moment in milliseconds, never a plain number nor a duration.
  if (numberKind(name) === 'plain' && MS_MOMENT_NAME.test(lastNameWord(name))) return 'ms_timestamp';
  if (name.length > 2 || !description) return name;
  const first = /^\s*(year|limit|page|latitude|longitude|radius|offset|count|rating|month|day)\b/i.exec(description)?.[1];
  return first ? first.toLowerCase() : name;
}

/** What documents a number's range: its schema's description, else the parameter's. */
export const numberDescription = (schema: JsonSchema, description: string | undefined): string => (typeof schema.description === 'string' ? schema.description : description ?? '');

/** Bounds wider than this (int64's ±9.2e18) say nothing about realistic values. */
const WIDE = 1e9;

/**
 * A number drawn for its name, inside the schema's bounds, else inside the range its description documents
 * ("from 0.0 to 1.0", "between -60 and 0"); a number of no known kind is drawn near its example's scale
 * (a loudness exemplified by -5.883 is some negative decibels, a tempo of 118.2 is no 0.5).
 */
export function numberFor(schema: JsonSchema, name: string, rng: Rng, integer: boolean, description = '', examples: readonly unknown[] = []): number {
  const rawLo = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const rawHi = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  const documented = rawLo === undefined && rawHi === undefined ? describedRange(description) : undefined;
  if (documented?.values && integer) return clampNumber(schema, rng.pick(documented.values as number[]), integer);
  const lo = rawLo !== undefined && rawLo > -WIDE ? rawLo : documented?.min;
  const hi = rawHi !== undefined && rawHi < WIDE ? rawHi : documented?.max;
  let value: number;
  const kind = numberKind(name);
  const serial = serialDateFor(name, examples, rng);
  if (serial !== undefined) return serial;
  const score = scoreFor(name, lo, hi, integer, rng); // a rating or top-N rank where real ones lie: no film at 9.86 (_values32.ts)
  if (score !== undefined) return clampNumber(schema, score, integer);
  // Near the example, inside the bounds: a loudness of "-60 to 0 dB" exemplified by -5.883 is a few decibels below 0, not -52.
  let scale = kind === 'plain' && rawLo === undefined && rawHi === undefined ? exampleScale(examples, integer) : undefined;
  if (scale !== undefined && lo !== undefined && hi !== undefined) scale = scale[0] >= lo && scale[1] <= hi ? scale : scale[1] < lo || scale[0] > hi ? undefined : [Math.max(lo, scale[0]), Math.min(hi, scale[1])];
  if (scale !== undefined) return clampNumber(schema, integer ? rng.int(scale[0], scale[1]) : Number((scale[0] + rng.float() * (scale[1] - scale[0])).toFixed(4)), integer);
  switch (kind) {
    case 'flag':
      value = rng.int(0, 1);
      break;
    case 'cylinders':
      value = rng.pick([3, 4, 4, 4, 6, 6, 8, 12]);
      break;
    case 'doors':
      value = rng.pick([2, 3, 4, 4, 5]);
      break;
    case 'mpg':
      value = rng.int(14, 42);
      break;
    case 'displacement':
      value = /cc$/.test(lastNameWord(name)) ? rng.pick([998, 1395, 1598, 1998, 2494, 2998, 3996]) : rng.int(10, 65) / 10;
      break;
    case 'temperature':
      value = rng.int(-20, 300) / 10;
      break;
    case 'eta':
      // A delivery or a ride arrives within the hour, not in 204 minutes.
      value = rng.int(12, 55);
      break;
    case 'percent':
      value = rng.int(0, 100);
      break;
    case 'duration_ms':
      value = rng.int(150_000, 300_000);
      break;
    case 'duration_s':
      value = rng.int(90, 5400);
      break;
    case 'population':
      value = rng.int(150_000, 9_000_000);
      break;
    case 'age_restriction':
      value = rng.pick([0, 7, 12, 16, 18, 21]);
      break;
    case 'elevation':
      value = rng.int(0, 2500);
      break;
    case 'rank':
      value = rng.int(1, 50);
      break;
    case 'hour':
      value = rng.int(0, 23);
      break;
    case 'minute':
      value = rng.pick([0, 15, 30, 45]);
      break;
    case 'seats':
      value = rng.int(1, 8);
      break;
    case 'small_number':
      value = rng.int(1, 20);
      break;
    case 'disc':
      value = rng.pick([1, 1, 1, 2]);
      break;
    case 'channels':
      value = rng.pick([1, 2, 2]);
      break;
    case 'sample_rate':
      value = rng.pick([22050, 44100, 44100, 48000]);
      break;
    case 'samples':
      value = rng.int(120, 420) * 22050;
      break;
    case 'offset_s':
      value = rng.pick([0, 0, 5, 10, 30]);
      break;
    case 'day_count':
      value = rng.int(2, 6);
      break;
    case 'lat':
      value = (worldValue('latitude', true, () => '') as number | undefined) ?? Number((rng.float() * 140 - 70).toFixed(4));
      break;
    case 'lon':
      value = (worldValue('longitude', true, () => '') as number | undefined) ?? Number((rng.float() * 340 - 170).toFixed(4));
      break;
    case 'epoch': {
      const reference = Date.parse(`${REFERENCE_DATE}T12:00:00Z`) / 1000;
      // Whole minutes: a person says "at 10:21", and the call sends exactly the moment said.
      value = reference - rng.int(0, 30 * 1440) * 60;
      if (epochInMs35(lastNameWord(name), schema, description)) value *= 1000;
      break;
    }
    case 'mileage':
      value = /(year|annual)/.test(lastNameWord(name)) ? rng.int(8, 20) * 1000 : rng.int(5, 150) * 1000;
      break;
    case 'year':
      value = rng.int(1990, 2025);
      break;
    case 'month':
      value = rng.int(1, 12);
      break;
    case 'day':
      value = rng.int(1, 28);
      break;
    case 'limit':
      value = rng.pick([5, 10, 10, 20, 25, 50]);
      break;
    case 'page':
      value = rng.int(1, 5);
      break;
    case 'offset':
      value = rng.pick([0, 0, 10, 20]);
      break;
    case 'money':
      value = integer ? rng.int(5, 2000) : rng.int(500, 200000) / 100;
      break;
    case 'age':
      value = rng.int(18, 80);
      break;
    case 'rating':
      value = rng.int(1, 5);
      break;
    case 'radius':
      value = rng.pick([1, 5, 10, 25]);
      break;
    case 'id':
      value = idNumber32(description, rng); // as many digits as its described example ("e.g. 70143836"), _values32.ts
      break;
    default:
      if (lo !== undefined && hi !== undefined) value = integer ? rng.int(Math.ceil(lo), Math.floor(hi)) : lo + rng.float() * (hi - lo);
      else value = integer ? rng.int(1, 500) : rng.int(0, 10000) / 100;
  }
  if (lo !== undefined && hi !== undefined && (value < lo || value > hi)) {
    value = integer ? rng.int(Math.ceil(lo), Math.floor(hi)) : lo + rng.float() * (hi - lo);
  }
  if (!integer) value = Number(value.toFixed(4));
  return clampNumber(schema, value, integer);
}

/** A date-named number (`Dates`, `minDate`, `tradeDay`): the example tells its form. */
const DATE_NUMBER_NAME = /(^|_)(dates?|days?|time|times|timestamps?|datetime)$/;
/** Spreadsheet (OLE Automation) serial days, 1954-2119: the form Excel-backed APIs send dates in (45100.6042). */
const SERIAL_LO = 20000;
const SERIAL_HI = 80000;
const REFERENCE_SERIAL = Date.parse(`${REFERENCE_DATE}T00:00:00Z`) / 86_400_000 + 25569;

/**
 * A date-named number whose example is a spreadsheet serial day is one too, within the month before the
 * reference date, at a whole quarter hour: never a serial from 2071 (62633.57) nor epoch seconds beside serials.
 */
function serialDateFor(name: string, examples: readonly unknown[], rng: Rng): number | undefined {
  if (!DATE_NUMBER_NAME.test(lastNameWord(name))) return undefined;
  const example = examples.find((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (example === undefined || example < SERIAL_LO || example > SERIAL_HI) return undefined;
  const day = REFERENCE_SERIAL - rng.int(1, 30);
  return Number.isInteger(example) ? day : Number((day + rng.int(36, 84) / 96).toFixed(4));
}

/** The span around a number's nonzero example (half to one and a half times it, a whole one up to twice it; its sign kept), or undefined. */
function exampleScale(examples: readonly unknown[], integer: boolean): [number, number] | undefined {
  const example = examples.find((v): v is number => typeof v === 'number' && Number.isFinite(v) && v !== 0);
  if (example === undefined) return undefined;
  const [a, b] = example > 0 ? [example * 0.5, example * 1.5] : [example * 1.5, example * 0.5];
  if (!integer) return [a, b];
  const from = Math.ceil(a);
  const to = Math.floor(example > 0 ? example * 2 : example * 0.5);
  return from <= to ? [from, to] : [Math.round(example), Math.round(example)];
}

const YEAR_NAME = /(^|_)(year|season|season_year|yr)$/;
const REFERENCE_YEAR = Number(REFERENCE_DATE.slice(0, 4));

/**
 * A year near the one the spec gives as its example or default (a season "2022" is asked for 2018-2025, never
 * 2005, before the competition existed); undefined when the name is no year or no example is one.
 */
export function yearNearExample(name: string, examples: () => readonly unknown[], rng: Rng): number | undefined {
  if (!YEAR_NAME.test(lastNameWord(name))) return undefined;
  const year = examples().map(Number).find((v) => Number.isInteger(v) && v >= 1900 && v <= REFERENCE_YEAR + 1);
  if (year === undefined) return undefined;
  return rng.int(Math.max(1900, year - 4), Math.min(REFERENCE_YEAR, year + 3));
}
