/**
 * An input documented as a country code with a default ("Select the Indeed's country … Default value if missing is
 * 'us'") decides the country of what comes back (QUALITY.md E): a result field of that name holds the code sent,
 * else the default, never a city ("locality": "Tokyo"); and the places listed beside it lie in that country (no
 * jobs in Tokyo, Osaka and Kyoto from the US site). Runs on a result once its values are settled.
 */
import type { Operation } from '../specs/types.ts';
import { cityCountry, citiesOfCountry } from '../world/index.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const DEFAULT_CODE = /\bdefault(?: value)?(?: if missing| when missing| if omitted)?(?: is|:|=)?\s*['"`]?([a-z]{2})['"`]?(?![a-z])/i;
const PLACE_KEY = /^(location|city|locality|formatted_?location|job_?location)$/i;
const cache = new WeakMap<Operation, { name: string; fallback: string } | null>();

/** The input naming the country and its default code, or null (cached per operation). */
function countryInput(op: Operation): { name: string; fallback: string } | null {
  let found = cache.get(op);
  if (found === undefined) {
    found = null;
    for (const p of op.inputs) {
      const d = p.description ?? '';
      const code = /\bcountr(y|ies)\b/i.test(d) ? DEFAULT_CODE.exec(d)?.[1] : undefined;
      if (code !== undefined) found = { name: p.name, fallback: code };
    }
    cache.set(op, found);
  }
  return found;
}

/** Fit the records of `result` to the country the call asked (or the documented default). */
export function fitLocality29(result: unknown, args: Readonly<Record<string, unknown>>, op: Operation): void {
  const input = countryInput(op);
  if (input === null) return;
  const sent = args[input.name];
  const code = typeof sent === 'string' && /^[a-z]{2}$/i.test(sent) ? sent : input.fallback;
  const cities = citiesOfCountry(code);
  let next = 0; // the places given in turn: three jobs in three cities
  const walk = (v: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(v)) {
      v.forEach((x) => walk(x, depth + 1));
      return;
    }
    if (!isRecord(v)) return;
    const own = v[input.name];
    if (typeof own === 'string' && own.toLowerCase() !== code.toLowerCase()) {
      v[input.name] = code;
      // The place beside it lies in that country: a city of another one becomes one of this country's.
      for (const [k, x] of Object.entries(v)) {
        if (k === input.name || !PLACE_KEY.test(k) || typeof x !== 'string') continue;
        const country = cityCountry(x);
        if (country !== undefined && cities.length > 0 && country !== cities.map(cityCountry)[0]) v[k] = cities[next++ % cities.length]!;
      }
    }
    for (const x of Object.values(v)) if (typeof x === 'object' && x !== null) walk(x, depth + 1);
  };
  walk(result, 0);
}
