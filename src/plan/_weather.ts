/**
 * A weather record made to agree with its place and day (QUALITY.md E): temperatures from the climate of the
 * place's latitude in that month, a condition that fits the precipitation and the temperature (no "clear"
 * with 41 mm, no snow at 18 degrees), sunrise before sunset in the place's local day, the elevation of the
 * city at those coordinates. The place is the record's own coordinates, else the call's, else a city the
 * call names, else the dialogue's. Values pinned or echoed (`fixed`) never change.
 */
import { REFERENCE_DATE, currentWorld, gazetteerPlace, elevationOf, focusedPlace, meanTemperature, placeAt, placeNamedIn, sunTimes, zoneOffset, type Place } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { moonAge, moonTimes } from '../world/moon-sky30.ts';
import { settleMoonPhase30 } from './_moon-sky30.ts';

const words = snakeKey;

const MIN_T = /(^|_)(temp_?min|min_?temp(erature)?|temperature_?min|mintemp|min_?temp_?[cf]|mintemp_?[cf]|tmin)$/;
const MAX_T = /(^|_)(temp_?max|max_?temp(erature)?|temperature_?max|maxtemp|max_?temp_?[cf]|maxtemp_?[cf]|tmax)$/;
const LOW_HIGH = /^(low|high|low_?temp|high_?temp)$/;
const MID_T = /(^|_)(temp|chill|wind_?chill|temperature|temp_?[cf]|temperature_?[cf]|feels_?like(_[cf])?|apparent_?temp(erature)?|avg_?temp(_?[cf])?|avgtemp(_?[cf])?|mean_?temp(erature)?)$/;
const DEW = /(^|_)dew_?point(_[cf])?$/;
const PRECIP = /(^|_)(precip|precipitation|precip_?mm|precipitation_?mm|rain|rainfall|rain_?mm|totalprecip_?mm|precipitation_?sum|snow_?mm)$/;
const PROBABILITY = /(^|_)(precip(itation)?_?prob(ability)?|chance_?of_?rain|pop|daily_?chance_?of_?rain|rain_?probability)$/;
const CONDITION = /(^|_)(condition|conditions|weather|summary|description|text|main|icon_?phrase|phrase|weather_?description|forecast)$/;
const SUN = /(^|_)(sunrise|sunset)$/;
const MOON = /(^|_)(moonrise|moonset)$/;
const ELEVATION = /(^|_)(elevation|altitude|elevation_?m|altitude_?m)$/;
const LAT = /^(lat|latitude)$/;
const LON = /^(lon|lng|long|longitude)$/;
const PLACE_ARG = /^(q|query|city|city_?name|location|location_?name|place|town|loc|address)$/i;
const DATE = /^(date|day|dt|observation_?date|valid_?date|dt_?txt|datetime|time|date_?epoch)$/;

const WET = /rain|drizzle|shower|snow|sleet|storm|thunder/i;
const DRY = /clear|sun|fair|cloud|overcast|mist|fog|haze/i;
const WEATHER_WORD = /rain|drizzle|shower|snow|sleet|storm|thunder|clear|sunny|fair|cloud|overcast|mist|fog|haze/i;

/** Where and when a record's weather is. */
interface Setting {
  latitude: number;
  longitude: number;
  place: Place | undefined;
  /** The coordinates are the record's or the call's (not a city guessed for it). */
  pointed: boolean;
  date: string;
}

function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function settingOf(obj: Record<string, unknown>, keys: Map<string, string>, echo: Record<string, unknown>): Setting | undefined {
  const own = (test: RegExp, from: Record<string, unknown>): number | undefined => {
    for (const [k, v] of Object.entries(from)) if (test.test(words(k))) return numberOf(v);
    return undefined;
  };
  let latitude = own(LAT, obj) ?? own(LAT, echo);
  let longitude = own(LON, obj) ?? own(LON, echo);
  const pointed = latitude !== undefined && longitude !== undefined;
  let place = pointed ? placeAt(latitude!, longitude!) : undefined;
  if (latitude === undefined || longitude === undefined) {
    for (const v of Object.values(echo)) if (typeof v === 'string') place ??= placeNamedIn(v);
    // A city the well-known list lacks (London, Houston), named alone in the place argument: its own climate.
    for (const [k, v] of Object.entries(echo)) if (typeof v === 'string' && PLACE_ARG.test(k)) place ??= gazetteerPlace(v);
    const world = currentWorld();
    place ??= world ? focusedPlace(world) : undefined;
    if (!place) return undefined;
    latitude = place.latitude;
    longitude = place.longitude;
  }
  let date: string | undefined;
  for (const [w, k] of keys) {
    if (!DATE.test(w)) continue;
    const v = obj[k];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) date = v.slice(0, 10);
    else if (typeof v === 'number' && v > 1e9) date = new Date(v > 1e11 ? v : v * 1000).toISOString().slice(0, 10);
    if (date) break;
  }
  date ??= Object.entries(echo).find(([k, v]) => /date|day|^dt$/i.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))?.[1] as string | undefined;
  return { latitude, longitude, place, pointed, date: (date ?? REFERENCE_DATE).slice(0, 10) };
}

/** The one day a weather record reports is the day asked for (`dt=2024-04-11` is not answered for 2026-05-03). */
function askedDay(obj: Record<string, unknown>, keys: Map<string, string>, fixed: readonly string[], echo: Record<string, unknown>): void {
  const asked = Object.entries(echo).find(([k, v]) => /^(date|dt|day|start_?date|valid_?date)$/i.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))?.[1] as string | undefined;
  if (asked === undefined) return;
  for (const [w, k] of keys) {
    const v = obj[k];
    if (/^(date|day|dt|dt_?txt|valid_?date|observation_?date)$/.test(w) && !fixed.includes(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) obj[k] = `${asked}${v.slice(10)}`;
  }
}

/** A deterministic spread of ±`width` from a drawn value (its digits were drawn from the dialogue's seed). */
function spread(drawn: number, width: number): number {
  return (((Math.round(Math.abs(drawn) * 10) % 21) - 10) / 10) * width;
}

/**
 * The value in the unit its key or the call says (°F by name or `units=imperial`, K by name or `units=standard`),
 * else °C: one unit for every temperature of a result, never a day's high of 26 beside the next day's 289.
 */
function inUnit(celsius: number, key: string, kelvin: boolean, fahrenheit: boolean, integer: boolean): number {
  const value = /_f$|fahrenheit/.test(key) || fahrenheit ? celsius * 1.8 + 32 : /_k$|kelvin/.test(key) || kelvin ? celsius + 273.15 : celsius;
  return integer ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * `aboutWeather`: the operation speaks of weather; else only a record with signs of weather (precipitation,
 * humidity, wind, sunrise) has its temperatures settled (a thermostat's 21 degrees is no outdoor climate).
 */
export function settleWeather(obj: Record<string, unknown>, fixed: readonly string[], echo: Record<string, unknown>, aboutWeather: boolean, enumOf: (key: string) => readonly unknown[] | undefined, inList = false): void {
  const keys = new Map<string, string>();
  let weather = false;
  let signs = aboutWeather;
  for (const k of Object.keys(obj)) {
    const w = words(k);
    keys.set(w, k);
    if (MIN_T.test(w) || MAX_T.test(w) || MID_T.test(w) || PRECIP.test(w) || SUN.test(w) || (ELEVATION.test(w) && typeof obj[k] === 'number')) weather = true;
    if (!signs && (PRECIP.test(w) || SUN.test(w) || /(^|_)(humidity|wind_?speed|wind|uv_?index|cloud_?cover|feels_?like)$/.test(w))) signs = true;
  }
  if (aboutWeather && ((keys.has('high') && keys.has('low')) || (keys.has('direction') && keys.has('speed')))) weather = true;
  if (!weather) return;
  if (aboutWeather && !inList) askedDay(obj, keys, fixed, echo);
  const setting = settingOf(obj, keys, echo);
  if (!setting) return;
  settleElevation(obj, keys, (k) => !fixed.includes(k), setting);
  if (!signs) return;
  const month = Number(setting.date.slice(5, 7));
  const mean = meanTemperature(setting.latitude, month, Number(setting.date.slice(8, 10)), setting.longitude);
  const fahrenheit = Object.entries(echo).some(([k, v]) => /unit|^u$|^temp_?scale$/i.test(k) && typeof v === 'string' && /^(imperial|fahrenheit|f|us)$/i.test(v));
  const kelvin = Object.entries(echo).some(([k, v]) => /unit|^u$|^temp_?scale$/i.test(k) && typeof v === 'string' && /^(standard|kelvin|k)$/i.test(v));
  const free = (k: string): boolean => !fixed.includes(k);
  // A forecast day of a weather operation with only `high` and `low` is a temperature pair too ("high 437" °F is none).
  const hasSign = [...keys.keys()].some((w) => MIN_T.test(w) || MAX_T.test(w) || MID_T.test(w) || PRECIP.test(w)) || (aboutWeather && keys.has('high') && keys.has('low'));
  let dayMean = mean;
  let anchored = false;
  let air: number | undefined;
  for (const [w, k] of keys) {
    const drawn = numberOf(obj[k]);
    if (drawn === undefined || !free(k) || typeof obj[k] !== 'number') continue;
    const integer = Number.isInteger(drawn);
    if (!anchored) {
      dayMean = mean + spread(drawn, 2);
      anchored = true;
    }
    let celsius: number | undefined;
    if (MIN_T.test(w) || (hasSign && /^(low|low_?temp)$/.test(w))) celsius = dayMean - 4 + spread(drawn, 1);
    else if (MAX_T.test(w) || (hasSign && /^(high|high_?temp)$/.test(w))) celsius = dayMean + 4 + spread(drawn, 1);
    else if (DEW.test(w)) celsius = dayMean - 5 + spread(drawn, 1);
    else if (MID_T.test(w) && !LOW_HIGH.test(w)) celsius = dayMean + spread(drawn, 1.5);
    if (celsius !== undefined) obj[k] = inUnit(celsius, w, kelvin, fahrenheit, integer);
    if (celsius !== undefined && AIR_T.test(w) && !FELT.test(w)) air ??= celsius;
  }
  settleWind(obj, keys, free, fahrenheit);
  settleCondition(obj, keys, free, dayMean, enumOf);
  // A temperature the call pinned is the air the feels-like is measured against.
  air ??= pinnedAir(obj, keys, kelvin, fahrenheit);
  if (air !== undefined) settleFeelsLike(obj, keys, free, air, { kelvin, fahrenheit });
  settleSun(obj, keys, free, setting);
}

/** A condition word of the wanted kind, from the field's enum when it has one, in the drawn word's case. */
function conditionWord(kind: 'snow' | 'drizzle' | 'rain' | 'heavy' | 'dry', drawn: string, allowed: readonly unknown[] | undefined): string | undefined {
  const wanted: Record<typeof kind, RegExp> = { snow: /snow|sleet/i, drizzle: /drizzle|light rain|shower/i, rain: /rain|shower/i, heavy: /heavy|storm|thunder|rain/i, dry: /cloud|overcast|clear|sun/i };
  const own: Record<typeof kind, string> = { snow: 'light snow', drizzle: 'light rain', rain: 'rain', heavy: 'heavy rain', dry: 'partly cloudy' };
  if (allowed) return allowed.find((v): v is string => typeof v === 'string' && wanted[kind].test(v));
  if (wanted[kind].test(drawn) && !(kind !== 'snow' && /snow|sleet/i.test(drawn))) return drawn;
  const word = own[kind];
  return /^\p{Lu}/u.test(drawn) ? word.replace(/^\w/, (c) => c.toUpperCase()) : drawn === drawn.toUpperCase() && drawn.length > 1 ? word.toUpperCase() : word;
}

function settleCondition(obj: Record<string, unknown>, keys: Map<string, string>, free: (k: string) => boolean, mean: number, enumOf: (key: string) => readonly unknown[] | undefined): void {
  const conditionKey = [...keys].find(([w, k]) => CONDITION.test(w) && typeof obj[k] === 'string' && (obj[k] as string).length <= 40 && WEATHER_WORD.test(obj[k] as string))?.[1];
  const precipKey = [...keys].find(([w, k]) => PRECIP.test(w) && typeof obj[k] === 'number')?.[1];
  const probabilityKey = [...keys].find(([w, k]) => PROBABILITY.test(w) && typeof obj[k] === 'number')?.[1];
  const condition = conditionKey !== undefined ? (obj[conditionKey] as string) : undefined;
  let amount = precipKey !== undefined ? (obj[precipKey] as number) : undefined;
  const wet = condition !== undefined ? WET.test(condition) : amount !== undefined && amount > 0;
  if (precipKey !== undefined && free(precipKey) && amount !== undefined) {
    // A day's precipitation: none when dry, a few millimetres to about 25 when wet (never 76 mm of fog).
    amount = wet ? Math.round((0.4 + (Math.abs(amount) % 24)) * 10) / 10 : 0;
    obj[precipKey] = Number.isInteger(obj[precipKey]) && amount > 0 ? Math.max(1, Math.round(amount)) : amount;
  }
  if (probabilityKey !== undefined && free(probabilityKey) && amount !== undefined) {
    const p = obj[probabilityKey] as number;
    const scale = p <= 1 && !Number.isInteger(p) ? 100 : 1;
    const percent = p * scale;
    const settled = amount > 0 ? 50 + (Math.round(percent) % 51) : Math.round(percent) % 21;
    obj[probabilityKey] = scale === 1 ? settled : settled / 100;
  }
  if (conditionKey === undefined || condition === undefined) return;
  if (free(conditionKey)) settleConditionWord(obj, conditionKey, condition, wet, amount, mean, enumOf(conditionKey));
  agreeDescriptions(obj, keys, free, conditionKey, enumOf);
}

function settleConditionWord(obj: Record<string, unknown>, conditionKey: string, condition: string, wet: boolean, amount: number | undefined, mean: number, allowed: readonly unknown[] | undefined): void {
  let kind: 'snow' | 'drizzle' | 'rain' | 'heavy' | 'dry' | undefined;
  if (wet || (amount !== undefined && amount > 0)) {
    const mm = amount ?? 3;
    kind = mean <= 1 ? 'snow' : mm < 2 ? 'drizzle' : mm >= 15 ? 'heavy' : 'rain';
  } else if (!DRY.test(condition)) {
    kind = 'dry';
  }
  if (kind === undefined) return;
  const word = conditionWord(kind, condition, allowed);
  if (word !== undefined) obj[conditionKey] = word;
}

/** The kind of sky a weather word tells, so that two words of one record can be compared. */
function skyOf(text: string): 'storm' | 'snow' | 'rain' | 'fog' | 'cloud' | 'clear' | undefined {
  const t = text.toLowerCase();
  return /thunder|storm/.test(t) ? 'storm' : /snow|sleet/.test(t) ? 'snow' : /rain|drizzle|shower/.test(t) ? 'rain' : /fog|mist|haze/.test(t) ? 'fog' : /cloud|overcast/.test(t) ? 'cloud' : /clear|sun|fair/.test(t) ? 'clear' : undefined;
}
/** A description in words of each kind of sky (as weather services word them). */
const SKY_WORDS = { storm: 'thunderstorm', snow: 'light snow', rain: 'moderate rain', fog: 'mist', cloud: 'broken clouds', clear: 'clear sky' } as const;

/**
 * The record's other weather words (a description, a summary) tell the same sky as its condition: no "rain"
 * described as "scattered clouds", no "cloudy" as "clear sky". A partly cloudy sky may be described as clear.
 */
function agreeDescriptions(obj: Record<string, unknown>, keys: Map<string, string>, free: (k: string) => boolean, conditionKey: string, enumOf: (key: string) => readonly unknown[] | undefined): void {
  const sky = skyOf(obj[conditionKey] as string);
  if (sky === undefined) return;
  const partly = /partly|few|scattered|mostly sunny|partial/i.test(obj[conditionKey] as string);
  for (const [w, k] of keys) {
    const v = obj[k];
    if (k === conditionKey || !CONDITION.test(w) || !free(k) || typeof v !== 'string' || v.length > 60) continue;
    const other = skyOf(v);
    if (other === undefined || other === sky || (partly && (other === 'clear' || other === 'cloud'))) continue;
    const allowed = enumOf(k);
    const word = allowed ? allowed.find((a): a is string => typeof a === 'string' && skyOf(a) === sky) : SKY_WORDS[sky];
    if (word !== undefined) obj[k] = /^\p{Lu}/u.test(v) ? word.replace(/^\w/, (c) => c.toUpperCase()) : word;
  }
}

const AIR_T = /(^|_)(temp|temperature|temp_?[cf]|temperature_?[cf]|air_?temp(erature)?)$/;
const FELT = /feels|apparent|chill|real_?feel|heat_?index|dew/;

function pinnedAir(obj: Record<string, unknown>, keys: Map<string, string>, kelvin: boolean, fahrenheit: boolean): number | undefined {
  for (const [w, k] of keys) {
    const v = obj[k];
    if (typeof v !== 'number' || !AIR_T.test(w) || FELT.test(w)) continue;
    return /_f$|fahrenheit/.test(w) || fahrenheit ? (v - 32) / 1.8 : /_k$|kelvin/.test(w) || kelvin ? v - 273.15 : v;
  }
  return undefined;
}

/**
 * The humidity, and the feels-like (apparent) temperature from the air temperature, the humidity and the wind: below
 * 10 °C the wind chill (Environment Canada's and the US weather service's formula), above it the Australian Bureau of
 * Meteorology's apparent temperature (Steadman's), within 6 degrees of the air. 13.5 "feels like" in wind and rain at
 * 11.7 is never written, nor 0 % humidity in the rain; a wind chill is never above the air temperature.
 */
function settleFeelsLike(obj: Record<string, unknown>, keys: Map<string, string>, free: (k: string) => boolean, air: number, unit: { kelvin: boolean; fahrenheit: boolean }): void {
  let humidity = 60;
  let wind = 2;
  const wet = [...keys].some(([w, k]) => CONDITION.test(w) && typeof obj[k] === 'string' && WET.test(obj[k] as string));
  for (const [w, k] of keys) {
    const v = obj[k];
    if (typeof v !== 'number') continue;
    if (/(^|_)(humidity|relative_?humidity|rh)$/.test(w)) {
      const fraction = v <= 1 && !Number.isInteger(v);
      humidity = Math.min(100, fraction ? v * 100 : v);
      // Air is seldom drier than 15 %, and rain falls in air of 70 % or more.
      const low = wet ? 70 : 15;
      if (free(k) && humidity < low) {
        humidity = low + (Math.round(humidity * 7) % (100 - low));
        obj[k] = fraction ? humidity / 100 : humidity;
      }
    } else if (/(^|_)(wind_?speed|wind|wind_?kph|wind_?mph|wind_?ms|wind_?kmh)$/.test(w)) {
      wind = /kph|kmh/.test(w) ? v / 3.6 : /mph/.test(w) || unit.fahrenheit ? v * 0.447 : v > 17 ? v / 3.6 : v;
    }
  }
  let apparent: number;
  if (air <= 10) {
    const kmh = Math.pow(wind * 3.6, 0.16);
    apparent = wind * 3.6 > 4.8 ? Math.min(air, 13.12 + 0.6215 * air - 11.37 * kmh + 0.3965 * air * kmh) : air;
  } else {
    const vapour = (humidity / 100) * 6.105 * Math.exp((17.27 * air) / (237.7 + air));
    apparent = Math.max(air - 6, Math.min(air + 6, air + 0.33 * vapour - 0.7 * wind - 4));
  }
  for (const [w, k] of keys) {
    if (!free(k) || typeof obj[k] !== 'number') continue;
    const chill = /(^|_)(wind_?chill|chill)(_[cf])?$/.test(w);
    if (!chill && !/(^|_)(feels_?like(_[cf])?|apparent_?temp(erature)?(_[cf])?|real_?feel)$/.test(w)) continue;
    obj[k] = inUnit(chill ? Math.min(air, apparent) : apparent, w, unit.kelvin, unit.fahrenheit, Number.isInteger(obj[k]));
  }
}

const WIND = /(^|_)(wind_?speed|wind_?kph|wind_?mph|wind_?ms|wind_?gust|gust|gust_?speed|wind)(_(kph|mph|ms|kmh))?$/;

/**
 * Wind speeds people meet: up to about 60 km/h (40 mph, 17 m/s), gusts up to 1.8 times that; a drawn 406 or
 * 98.56 is brought into that range. `speed` beside a wind `direction` is a wind speed.
 */
function settleWind(obj: Record<string, unknown>, keys: Map<string, string>, free: (k: string) => boolean, imperial: boolean): void {
  const windObject = keys.has('direction') && keys.has('speed');
  for (const [w, k] of keys) {
    const v = obj[k];
    if (typeof v !== 'number' || !free(k) || !(WIND.test(w) || (windObject && w === 'speed'))) continue;
    const unitLimit = /mph/.test(w) || imperial ? 40 : /(_|^)ms$|m_s/.test(w) ? 17 : 60;
    const limit = /gust/.test(w) ? unitLimit * 1.8 : unitLimit;
    if (v <= limit) continue;
    const brought = Math.abs(v) % limit;
    obj[k] = Number.isInteger(v) ? Math.round(brought) : Math.round(brought * 100) / 100;
  }
}

function hhmm(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Sunrise and sunset of the place's day, each in the form it was drawn (ISO in UTC or with an offset, local clock, epoch). */
function settleSun(obj: Record<string, unknown>, keys: Map<string, string>, free: (k: string) => boolean, s: Setting): void {
  const { rise, set } = sunTimes(s.latitude, s.longitude, s.date);
  const offset = s.place ? zoneOffset(s.place.timezone, s.date) : Math.round(s.longitude / 15) * 60;
  // The local day: UTC minutes of local midnight is -offset.
  const dayStart = Date.parse(`${s.date}T00:00:00Z`);
  // One clock for the record: a sunrise at "05:49 AM" has its sunset at "05:58 PM", not "17:58".
  const twelve = [...keys].some(([w, k]) => /(^|_)(sun|moon)(rise|set)$/.test(w) && typeof obj[k] === 'string' && /\d\s?[AP]M$/i.test(obj[k] as string));
  // The moon's rise and set follow its age on that day (a new moon rises with the sun), in the sun's forms.
  const age = moonAge(s.date);
  const moon = moonTimes(age, rise, set);
  settleMoonPhase30(obj, keys, free, age);
  for (const [w, k] of keys) {
    if (!(SUN.test(w) || MOON.test(w)) || !free(k)) continue;
    const utcMinutes = w.endsWith('sunrise') ? rise : w.endsWith('sunset') ? set : w.endsWith('moonrise') ? moon.rise : moon.set;
    const instant = dayStart + utcMinutes * 60_000;
    const v = obj[k];
    if (typeof v === 'number' && v > 1e9) {
      obj[k] = v > 1e11 ? instant : Math.round(instant / 1000);
    } else if (typeof v === 'string') {
      const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
      if (iso) {
        const zone = iso[5];
        const shift = zone === undefined ? offset : zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
        const local = new Date(instant + shift * 60_000).toISOString();
        obj[k] = `${local.slice(0, 10)}${v[10]}${local.slice(11, 16)}${iso[3] !== undefined ? ':00' : ''}${iso[4] !== undefined ? iso[4].replace(/\d/g, '0') : ''}${zone ?? ''}`;
      } else if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(v) && !twelve) {
        obj[k] = `${hhmm(utcMinutes + offset)}${v.length > 5 ? ':00' : ''}`;
      } else if (/^\d{1,2}:\d{2}(\s?[AP]M)?$/i.test(v)) {
        obj[k] = twelveHour(hhmm(utcMinutes + offset));
      }
    }
  }
  // The record's other clock times (moonrise) read in the same form as its sunrise.
  if (twelve) {
    for (const [w, k] of keys) if (/(^|_)(moonrise|moonset)$/.test(w) && typeof obj[k] === 'string' && /^\d{1,2}:\d{2}$/.test(obj[k] as string)) obj[k] = twelveHour(obj[k] as string);
  }
}

function twelveHour(clock: string): string {
  const h = Number(clock.slice(0, 2));
  return `${String(((h + 11) % 12) + 1).padStart(2, '0')}:${clock.slice(3, 5)} ${h < 12 ? 'AM' : 'PM'}`;
}

function settleElevation(obj: Record<string, unknown>, keys: Map<string, string>, free: (k: string) => boolean, s: Setting): void {
  for (const [w, k] of keys) {
    if (!ELEVATION.test(w) || !free(k) || typeof obj[k] !== 'number') continue;
    const drawn = obj[k] as number;
    // Only where the record's own point is a known city: a peak or a well elsewhere keeps its height.
    if (s.pointed && s.place) obj[k] = elevationOf(s.place, drawn);
  }
}

/** The point a weather record is about (its own coordinates, the call's, a city the call names, the dialogue's). */
export function weatherPoint30(obj: Record<string, unknown>, echo: Record<string, unknown>): { latitude: number; longitude: number } | undefined {
  const s = settingOf(obj, new Map(), echo);
  return s && { latitude: s.latitude, longitude: s.longitude };
}

/**
 * A record re-dated to another day (a forecast series moved to the day asked) takes that day's climate: its
 * temperatures move by the change of the mean (°F keys or imperial units 1.8 times), snow above 4 °C turns to rain
 * and rain below 0 °C to snow. `kept` values (a chain reads them) stay.
 */
export function shiftClimate30(obj: Record<string, unknown>, deltaC: number, newMean: number, echo: Record<string, unknown>, kept: (v: unknown) => boolean): void {
  const fahrenheit = Object.entries(echo).some(([k, v]) => /unit|^u$|^temp_?scale$/i.test(k) && typeof v === 'string' && /^(imperial|fahrenheit|f|us)$/i.test(v));
  for (const [k, v] of Object.entries(obj)) {
    const w = words(k);
    if (typeof v === 'number' && !kept(v) && (MIN_T.test(w) || MAX_T.test(w) || MID_T.test(w) || DEW.test(w) || LOW_HIGH.test(w))) {
      const moved = v + deltaC * (/_f$|fahrenheit/.test(w) || fahrenheit ? 1.8 : 1);
      obj[k] = Number.isInteger(v) ? Math.round(moved) : Math.round(moved * 10) / 10;
    } else if (typeof v === 'string' && !kept(v) && CONDITION.test(w) && v.length <= 40) {
      if (newMean > 4 && /snow|sleet/i.test(v)) obj[k] = conditionWord('rain', v, undefined) ?? v;
      else if (newMean < 0 && /rain|drizzle|shower/i.test(v)) obj[k] = conditionWord('snow', v, undefined) ?? v;
    }
  }
}
