/**
 * Values that mean what they say (QUALITY.md E), in tool results (reversed ranges, `tempMin` > `tempMax`, are
 * `reversed_range` in _meaning.ts): bounded scales stay in their bounds (a percentage or popularity in
 * 0–100, an age restriction in 0–21, a song lasting more than ten seconds), and a known city is in the
 * country its object names. Reads only the record; cities are looked up in the country-state-city gazetteer
 * (a library), loaded on the first object that has both a city and a country code.
 */
import { createRequire } from 'node:module';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export function checkVocabulary(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      for (const problem of offScale(obj)) add('value_scale', i, `tool result: ${problem}`);
      const place = misplacedCity(obj);
      if (place) add('place_mismatch', i, `tool result: ${place}`);
    });
  });
}

/** The violations of `record` only (for tests and callers outside checkMeaning). */
export function vocabularyViolations(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkVocabulary(record, (invariant, turn, message) => out.push({ invariant, turn, message }));
  return out;
}

/** Keys as words, remembered: every object of every result is judged, and the same keys recur. */
const keyWords = new Map<string, string>();

/** `tempMin` → `temp_min`, lower-case words joined by `_`. */
const words = (key: string): string => {
  let out = keyWords.get(key);
  if (out === undefined) {
    out = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_');
    if (keyWords.size >= 50_000) keyWords.clear();
    keyWords.set(key, out);
  }
  return out;
};

/** [name test, lowest, highest, what the scale is]. */
const SCALES: Array<[RegExp, number, number, string]> = [
  [/(^|_)(popularity|percent|percentage|humidity|probability|cloud_cover)$/, 0, 100, 'a 0–100 scale'],
  [/(^|_)(age_restriction|min_age|minimum_age|age_limit)$/, 0, 21, 'an age restriction'],
  [/(^|_)(duration_ms)$/, 10_000, 3_600_000 * 12, 'a duration in milliseconds'],
];

/** The scales a key's values keep to, per key (the same keys recur in every result). */
const scalesByKey = new Map<string, Array<[RegExp, number, number, string]>>();
function scalesOf(key: string): Array<[RegExp, number, number, string]> {
  let scales = scalesByKey.get(key);
  if (scales === undefined) {
    const w = words(key);
    // A change in percent may be negative.
    scales = /(change|delta|diff|growth)/.test(w) ? [] : SCALES.filter(([test]) => test.test(w));
    if (scalesByKey.size >= 50_000) scalesByKey.clear();
    scalesByKey.set(key, scales);
  }
  return scales;
}

function offScale(obj: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'number') continue;
    for (const [, lo, hi, what] of scalesOf(key)) if (value < lo || value > hi) out.push(`${key} ${value} is outside ${what} (${lo}–${hi})`);
  }
  return out;
}

let countriesByCity: Map<string, Set<string>> | undefined;

/** City name → the ISO codes of the countries that have a city of that name. */
function gazetteer(): Map<string, Set<string>> {
  if (!countriesByCity) {
    const require = createRequire(import.meta.url);
    const rows = require('country-state-city/lib/cjs/assets/city.json') as [string, string, ...unknown[]][];
    countriesByCity = new Map();
    for (const [name, country] of rows) {
      let set = countriesByCity.get(name);
      if (!set) countriesByCity.set(name, (set = new Set()));
      set.add(country);
    }
  }
  return countriesByCity;
}

const CITY_KEYS = ['city', 'city_name', 'town'];
const CODE_KEYS = ['country_code', 'countrycode', 'country_iso2', 'iso2', 'country'];
const CODE_WORDS = new Set(CODE_KEYS);

/** `{city: "Paris", country_code: "JP"}`: a city the gazetteer knows, in a country that has no city of that name. */
function misplacedCity(obj: Record<string, unknown>): string | undefined {
  // Most objects name no country: nothing to look up, and no map of their keys to build.
  if (!Object.keys(obj).some((k) => CODE_WORDS.has(words(k)))) return undefined;
  const byWords = new Map(Object.keys(obj).map((k) => [words(k), k]));
  const code = countryCodeIn(obj, byWords);
  if (code === undefined) return undefined;
  // A bare `name` is a city only beside a country code and other signs of a place.
  const cityKey = CITY_KEYS.map((w) => byWords.get(w)).find((k) => k !== undefined) ?? (PLACE_SIGNS.some((w) => byWords.has(w)) ? byWords.get('name') : undefined);
  if (cityKey === undefined) return undefined;
  const city = obj[cityKey];
  if (typeof city !== 'string' || city.length < 3) return undefined;
  const countries = gazetteer().get(city);
  // Only cities the gazetteer knows, and only where it knows one in few countries (a name in many is no sign).
  if (!countries || countries.size > 6) return undefined;
  return countries.has(code.value) ? undefined : `${cityKey} ${JSON.stringify(city)} is not in ${code.key} ${code.value} (the gazetteer has it in ${[...countries].sort().join(', ')})`;
}

const PLACE_SIGNS = ['latitude', 'lat', 'location', 'coordinates', 'population', 'elevation', 'timezone', 'timezone_id', 'geoname_id', 'admin_division1'];

/** The object's ISO country code: a `country_code`-like string, or the `id`/`code` of a `country` object. */
function countryCodeIn(obj: Record<string, unknown>, byWords: Map<string, string>): { key: string; value: string } | undefined {
  const iso = (v: unknown): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v);
  for (const w of CODE_KEYS) {
    const key = byWords.get(w);
    if (key === undefined) continue;
    const value = obj[key];
    if (iso(value)) return { key, value };
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = value as Record<string, unknown>;
      for (const k of ['id', 'code', 'iso2']) if (iso(inner[k])) return { key: `${key}.${k}`, value: inner[k] };
    }
  }
  return undefined;
}
