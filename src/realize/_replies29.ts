/**
 * Replies that tell what the user asked for (QUALITY.md F, wave 29):
 * - a shared place ("the country is Thailand" of three roasters in Bangkok) is what the user searched in, no news;
 *   what differs (their addresses) is said instead;
 * - records whose only readable facts are ids and nested definitions (authorization models) are said by their ids,
 *   with a version or date when they have one: "3 models: 52G2… (schema version 1.2), 69G6… and 71G4…".
 */
import { eachItem26, restatesName26 } from './_each-item26.ts';
import { effectOf } from './_effect.ts';
import type { RecordOperation } from '../plan/types.ts';
import { sayDate } from './_say.ts';
import { joinList, upperFirst } from './words.ts';

/** A place field: every result of a search in a place shares it. */
const PLACE_FACT29 = /^the (?:country|country name|region|state|province|city|town|county|location|area) is /;
/** The user gave a place to search in. */
const PLACE_ASKED29 = /\b(?:location|near|nearby|city|town|area|country|region|neighbou?rhood|around)\b/i;
/** "the cid is Zs4PfD2SIYCp": an opaque code tells the user nothing apart. */
const OPAQUE29 = / is (?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{6,}$/;

/** A place every item shares, when the user named a place to search in: it is what they gave, not news. */
export function placeGiven29(fact: string, userText: string): boolean {
  return PLACE_FACT29.test(fact) && PLACE_ASKED29.test(userText);
}

/**
 * What tells named items apart, from all the first item's facts (not only the few ranked first): "the addresses are
 * 168 Sukhumvit Road, 24 Silom Road and 40 Sukhumvit Road"; never a name, an id or code, or a fact in `skip`.
 */
export function apartFacts29(items: readonly unknown[], factsOf: (item: unknown) => string[], names: readonly string[], skip: readonly string[]): string[] {
  if (items.length < 2 || items.length > 5) return [];
  const [first, ...others] = items.map((item) => factsOf(item));
  // What tells items apart: the first item's value is its own (never "the units are KILOMETERS, KILOMETERS and …"),
  // and is no restatement of a name ("the chapter numbers are 1, 2 and 3" of Chapter 1, 2 and 3).
  // {distance: {value: 0.8, unit: "KILOMETERS"}}: a bare number beside a unit of its own is no distance ("the distances are 0.8, 36.2 and 6.6").
  const united = (first ?? []).some((f) => /^the (?:[a-z]+ )?units? is /.test(f));
  // "the display values are 0.8 km, …": a field named for how it is shown names nothing a person asked about; nor
  // does a record's bookkeeping time ("the last updates are July 14, 2024 at 21:30 UTC, …").
  const candidates = (first ?? []).filter((f) => !(united && / is -?[\d.]+$/.test(f)) && !/^the (?:display|displayed|formatted) /.test(f) && !/^the (?:last )?(?:update|updated|modified|last modified|sync|synced)(?: at| time| date)? is /.test(f) && /^the /.test(f) && !skip.includes(f) && !OPAQUE29.test(f) && !/ ID is /.test(f) && !names.some((n) => f.endsWith(` is ${n}`) || restatesName26(f, n)) && !PLACE_FACT29.test(f) && others.every((o) => !o.includes(f)));
  return eachItem26(candidates, items, factsOf).slice(0, 1);
}

const ID_FIELD29 = /^(?:id|uuid|[a-z]+_id|[a-z]+Id)$/;
const VERSION29 = /(?:^|_)version$|Version$/;
const DATE29 = /(?:^|_)(?:created|updated|date)(?:_at|At|_on)?$|^(?:created|updated)(?:_at|At)$/;

/**
 * [{id, schema_version, type_definitions: […]}, …]: items whose scalars are only ids and versions or dates (the rest
 * nested definitions) are said by their ids, each with its version or date: "3 authorization models: A (schema
 * version 1.2), B (schema version 1.2) and C (schema version 2.0)". Undefined for any other kind of item.
 */
export function idList29(count: string, items: readonly unknown[]): string | undefined {
  if (items.length < 2 || items.length > 5) return undefined;
  const rows = items.map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.entries(item as Record<string, unknown>) : undefined));
  const first = rows[0];
  if (!first || rows.some((r) => r === undefined)) return undefined;
  const idKey = first.find(([k, v]) => ID_FIELD29.test(k) && typeof v === 'string' && v.length >= 4)?.[0];
  if (!idKey) return undefined;
  // Only ids, versions and dates are readable; anything else (a name, a status) is said by the usual reply.
  if (first.some(([k, v]) => (typeof v === 'string' || typeof v === 'number') && k !== idKey && !ID_FIELD29.test(k) && !VERSION29.test(k) && !DATE29.test(k))) return undefined;
  if (!first.some(([, v]) => v !== null && typeof v === 'object')) return undefined;
  const ids = items.map((item) => (item as Record<string, unknown>)[idKey]);
  if (!ids.every((v): v is string => typeof v === 'string') || new Set(ids).size !== ids.length) return undefined;
  const extra = first.find(([k, v]) => VERSION29.test(k) && (typeof v === 'string' || typeof v === 'number'))?.[0] ?? first.find(([k, v]) => DATE29.test(k) && typeof v === 'string' && sayDate(v) !== undefined)?.[0];
  const said = items.map((item, i) => {
    const v = extra === undefined ? undefined : (item as Record<string, unknown>)[extra];
    if (v === undefined || v === null || v === '') return ids[i] as string;
    const value = typeof v === 'string' ? (sayDate(v) ?? v) : String(v);
    const field = (extra as string).replace(/_at$|At$/, '').replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `${ids[i]} (${field} ${value})`;
  });
  return `${upperFirst(count)}: ${joinList(said)}.`;
}

/** "Happy to dig deeper into Workout Mix", "I can pull up more on …": more digging, said after a lookup. */
const DIGGING29 = /\b(?:dig deeper|dig further|pull up more|look into)\b/;

/** A goodbye's word about the answer after a completed write (a playlist made, tickets bought): no more digging promised. */
export function doneSafe29(text: string, heard: string, operation: RecordOperation | undefined): string {
  return operation && DIGGING29.test(text) && effectOf(operation) !== 'read' ? `If you need anything else on ${heard}, just ask.` : text;
}
