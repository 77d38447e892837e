/**
 * Places that are the ones asked for (QUALITY.md E): a forward geocoder returns the address it was given, in the
 * city it names (`geocode_mismatch`: "Praça do Comércio, Lisbon" is not "55034 Kurt Mission, Vancouver"), and a
 * search within a radius returns nothing farther away (`beyond_radius`: no library 91.88 km off in a 10 km
 * search). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const GEO_INVARIANTS = ['geocode_mismatch', 'beyond_radius'] as const satisfies readonly InvariantId[];

const ASKED_KEY = /^(address|addr|q|query|text|search|location|freeform|street|full_?address)$/i;
const ADDRESS_KEY = /^(formatted_?address|formatted|full_?address|display_?name|address|label|street|street_?address|address_?line_?1|line_?1|address1)$/i;
const CITY_KEY = /^(city|city_?name|town|locality)$/i;
const DISTANCE = /^distance(_?(km|kilometers|kilometres|in_?km|m|meters|metres|in_?meters|mi|miles|in_?miles))?$/i;

/** Lower case without accents, so "Comércio" and "Comercio" are one word. */
const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function checkGeo(record: DialogueRecord, add: Add): void {
  let args: Record<string, unknown> = {};
  let operation = '';
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call) {
      args = turn.call.arguments ?? {};
      operation = turn.call.operation;
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const op = record.operations[operation];
    const about = `${operation} ${op?.path ?? ''} ${op?.name ?? ''}`;
    if (/geocod/i.test(about) && !/reverse/i.test(about)) {
      const problem = geocodeProblem(args, turn.result);
      if (problem) add('geocode_mismatch', i, `tool result: ${problem}`);
    }
    const far = beyondRadius(args, turn.result);
    if (far) add('beyond_radius', i, `tool result: ${far}`);
  });
}

/** The first record of a result holding an address (the best match). */
function firstAddressRecord(value: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 4 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return value.length > 0 ? firstAddressRecord(value[0], depth + 1) : undefined;
  const record = value as Record<string, unknown>;
  if (Object.entries(record).some(([k, v]) => ADDRESS_KEY.test(k) && typeof v === 'string')) return record;
  for (const v of Object.values(record)) {
    const found = firstAddressRecord(v, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function geocodeProblem(args: Record<string, unknown>, result: unknown): string | undefined {
  const asked = Object.entries(args).find(([k, v]) => ASKED_KEY.test(k) && typeof v === 'string' && v.trim().length > 2)?.[1] as string | undefined;
  const match = asked !== undefined ? firstAddressRecord(result) : undefined;
  if (asked === undefined || !match) return undefined;
  const texts: string[] = [];
  const cities: string[] = [];
  const collect = (record: Record<string, unknown>, depth: number): void => {
    for (const [k, v] of Object.entries(record)) {
      if (typeof v === 'string' && ADDRESS_KEY.test(k)) texts.push(plain(v));
      else if (typeof v === 'string' && CITY_KEY.test(k)) cities.push(v);
      else if (v && typeof v === 'object' && !Array.isArray(v) && depth < 2) collect(v as Record<string, unknown>, depth + 1);
    }
  };
  collect(match, 0);
  const street = plain(asked.split(',')[0]!.trim());
  if (texts.length > 0 && !texts.some((t) => t.includes(street) || street.includes(t))) return `asked to geocode ${JSON.stringify(asked)} but the match is ${JSON.stringify(texts[0])}`;
  // A city the address names is the match's city ("Lisbon" and "Lisboa" are one: five letters agree).
  const named = asked.split(',').slice(1).map((part) => plain(part.trim())).filter((part) => /^[\p{L} .'-]{3,}$/u.test(part));
  const askedWords = plain(asked).split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  const city = cities[0];
  if (city !== undefined && named.length > 0 && !plain(asked).includes(plain(city)) && !askedWords.some((w) => w.slice(0, 5) === plain(city).slice(0, 5))) return `asked to geocode ${JSON.stringify(asked)} but the match is in ${city}`;
  return undefined;
}

function numberOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Kilometres per unit a key (or a units value) names; undefined when it names none. */
function unitKm(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/km|kilomet/.test(t)) return 1;
  if (/mi(les?)?$|_mi_|miles/.test(t)) return 1.609;
  if (/(^|_)m$|meters?|metres?|_m_/.test(t)) return 0.001;
  return undefined;
}

function beyondRadius(args: Record<string, unknown>, result: unknown): string | undefined {
  const entry = Object.entries(args).find(([k, v]) => /radius/i.test(k) && !/unit/i.test(k) && numberOf(v) !== undefined);
  if (!entry) return undefined;
  const unitsValue = Object.entries(args).find(([k]) => /radius_?units?$/i.test(k))?.[1];
  const radiusUnit = unitKm(entry[0].replace(/([a-z])([A-Z])/g, '$1_$2')) ?? (typeof unitsValue === 'string' ? unitKm(unitsValue) : undefined);
  if (radiusUnit === undefined) return undefined;
  const radius = numberOf(entry[1])! * radiusUnit;
  if (radius <= 0) return undefined;
  let found: string | undefined;
  const visit = (value: unknown, depth: number): void => {
    if (found || depth > 5 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v) => visit(v, depth + 1));
      return;
    }
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const d = numberOf(v);
      if (DISTANCE.test(k) && d !== undefined) {
        const unit = unitKm(k.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/^distance_?(in_?)?/i, '')) ?? radiusUnit;
        if (d * unit > radius * 1.05) found = `${k} ${d} is beyond the radius ${entry[1]} asked for`;
      } else if (v && typeof v === 'object') visit(v, depth + 1);
    }
  };
  visit(result, 0);
  return found;
}
