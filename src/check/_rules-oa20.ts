/**
 * Mock values of the OpenAPI fixtures, wave 20 (QUALITY.md E). `own_url_bare_host`: a URL of the operation's own
 * resource (`geomarkUrl` beside `/geomarks/copy`) names the resource in its path, never a bare site
 * ("https://young-coast.com/"). `office_holder_not_person`: an office holder's name (`ministerName`) is a person's,
 * never a ministry's; `office_holder_changed`: the holder a list named for a record is the one a later read of
 * that record's holder returns. `road_items_shared`: items of one road list are distinct (own identifier, own
 * coordinates). `road_item_off_route`: a road item's subtitle names towns on the road asked for (A1, A3, …).
 * `road_item_kind`: a list's items are of its kind (a closure list holds closures, never a charging station).
 * `road_title_description`: a road item's description never names other works than its title. `region_as_status`:
 * a province or state field holds a place, never a status word ("completed"). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';
import { autobahnRoute, PEOPLE_NAMES } from '../world/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const OA20_INVARIANTS = ['own_url_bare_host', 'office_holder_not_person', 'office_holder_changed', 'road_items_shared', 'road_item_off_route', 'road_item_kind', 'road_title_description', 'region_as_status'] as const satisfies readonly InvariantId[];

const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

const RESOURCE_URL = /^([a-z]+)_(url|uri|link|href)$/;
const BARE_SITE = /^https?:\/\/[^/\s?#]+\/?$/;
const OFFICE_NAME = /^(minister|mayor|president|governor|premier|senator|ambassador|commissioner|chancellor)_name$/;
const BODY_NAME = /^(ministry|department|office|agency|government|council|city|state|republic) of\b|\b(ministry|department|agency)\b/i;
const PERSON_KEY = /^(headline|name|full_name|display_name|person_name)$/;
const REGION_KEY = /^(province|province_state|state_province|state_or_province|province_or_state|prov_state)$/;
const STATUS_WORD = /^(completed|complete|pending|active|inactive|open|closed|cancell?ed|failed|approved|rejected|draft|processing|done|new|archived|expired|suspended)$/i;
const SECTION = /^(.+?) (?:Richtung|towards) (.+)$/;
const WORKS = ['bridge repairs', 'resurfacing', 'lane closure', 'full closure', 'roadworks'] as const;
/** Display types of a list's kind, by the last word of its path. */
const KIND_TYPES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/closure/, /^CLOSURE/],
  [/roadworks?/, /ROADWORKS$/],
  [/webcam/, /^WEBCAM$/],
  [/parking/, /^PARKING$/],
  [/warning/, /^WARNING$/],
  [/charging/, /ELECTRIC_CHARGING_STATION$/],
];
const FIRST = new Set(PEOPLE_NAMES.first);

/** Every record of a result: the result itself and the records nested in it (lists count as a level), six levels down. */
function recordsOf(result: unknown, depth = 0, out: Json[] = []): Json[] {
  if (depth > 6) return out;
  if (Array.isArray(result)) {
    for (const item of result) recordsOf(item, depth + 1, out);
    return out;
  }
  if (!isRecord(result)) return out;
  out.push(result);
  for (const v of Object.values(result)) if (v !== null && typeof v === 'object') recordsOf(v, depth + 1, out);
  return out;
}

/** The lists of a result: the result as a list, or its list fields. */
function listsOf(result: unknown): Json[][] {
  if (Array.isArray(result)) return [result.filter(isRecord)];
  if (!isRecord(result)) return [];
  return Object.values(result).filter(Array.isArray).map((l) => (l as unknown[]).filter(isRecord));
}

/** A bare-site URL held by a `<resource>Url` whose resource the operation's path names. */
function bareOwnUrl(values: Json, pathWords: ReadonlySet<string>): string | undefined {
  for (const [key, value] of Object.entries(values)) {
    const m = RESOURCE_URL.exec(words(key));
    if (m && typeof value === 'string' && pathWords.has(singular(m[1]!)) && BARE_SITE.test(value)) return `${key} "${value}" names no ${m[1]} (a bare site)`;
  }
  return undefined;
}

/** A road list's faults: shared identifiers or places, wrong kinds, towns off the road, works the title does not name. */
function roadFaults(items: readonly Json[], kind: string, roadId: unknown): Array<[InvariantId, string]> {
  const out: Array<[InvariantId, string]> = [];
  if (!items.some((i) => 'display_type' in i || 'subtitle' in i)) return out;
  const ids = items.map((i) => i.identifier).filter((v) => typeof v === 'string');
  if (new Set(ids).size < ids.length) out.push(['road_items_shared', 'two items of one road list share an identifier']);
  const places = items.map((i) => (isRecord(i.coordinate) ? JSON.stringify(i.coordinate) : undefined)).filter((v) => v !== undefined);
  if (new Set(places).size < places.length) out.push(['road_items_shared', 'two items of one road list share their coordinates']);
  const types = KIND_TYPES.find(([re]) => re.test(kind))?.[1];
  const offKind = types ? items.find((i) => typeof i.display_type === 'string' && !types.test(i.display_type)) : undefined;
  if (offKind) out.push(['road_item_kind', `a ${kind} list holds an item of type ${String(offKind.display_type)}`]);
  const route = autobahnRoute(roadId);
  if (route) {
    const towns = new Set(route.map((t) => t[0]));
    for (const item of items) {
      const m = typeof item.subtitle === 'string' ? SECTION.exec(item.subtitle) : null;
      if (m && (!towns.has(m[1]!) || !towns.has(m[2]!))) {
        out.push(['road_item_off_route', `"${item.subtitle as string}" is not on the ${String(roadId)}`]);
        break;
      }
    }
  }
  for (const item of items) {
    const title = typeof item.title === 'string' ? item.title.toLowerCase() : '';
    const description = (Array.isArray(item.description) ? item.description.join(' ') : typeof item.description === 'string' ? item.description : '').toLowerCase();
    const named = WORKS.filter((w) => title.includes(w));
    const said = WORKS.filter((w) => description.includes(w));
    if (named.length > 0 && said.length > 0 && !said.some((w) => named.includes(w))) {
      out.push(['road_title_description', `"${item.title as string}" is described as ${said.join(', ')}`]);
      break;
    }
  }
  return out;
}

/** A record's office holder as a list named it: record key → holder's name. */
function holdersOf(records: readonly Json[], holders: Map<string, string>, flag: (message: string) => void): void {
  for (const r of records) {
    const key = Object.keys(r).find((k) => OFFICE_NAME.test(words(k)) && typeof r[k] === 'string');
    if (key === undefined) continue;
    const name = r[key] as string;
    if (BODY_NAME.test(name)) flag(`${key} "${name}" is no person`);
    const id = r.key ?? r.id;
    if ((typeof id === 'string' || typeof id === 'number') && FIRST.has(name.split(' ')[0]!)) holders.set(String(id), name);
  }
}

/** The resource words of an operation's path (a module function: a named closure per record costs more under tsx's keepNames). */
function pathWordsOf(record: DialogueRecord, op: string): { words: Set<string>; kind: string; path: string } {
  const path = record.operations[op]?.path ?? '';
  const segs = path.split('/').filter((s) => s !== '' && !s.startsWith('{'));
  return { words: new Set(segs.map((s) => singular(s.toLowerCase()))), kind: segs[segs.length - 1]?.toLowerCase() ?? '', path };
}

export function checkOa20(record: DialogueRecord, add: Add): void {
  const opOf = new Map<string, string>();
  const argsOf = new Map<string, Json>();
  const holders = new Map<string, string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      opOf.set(turn.call.id, turn.call.operation);
      argsOf.set(turn.call.id, turn.call.arguments ?? {});
      const bare = bareOwnUrl(turn.call.arguments ?? {}, pathWordsOf(record, turn.call.operation).words);
      if (bare !== undefined) add('own_url_bare_host', at, bare);
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const op = opOf.get(turn.call_id) ?? '';
    const args = argsOf.get(turn.call_id) ?? {};
    const { words: pathWords, kind, path } = pathWordsOf(record, op);
    const records = recordsOf(turn.result);
    for (const r of records) {
      const bare = bareOwnUrl(r, pathWords);
      if (bare !== undefined) {
        add('own_url_bare_host', at, bare);
        break;
      }
    }
    for (const r of records) {
      const key = Object.keys(r).find((k) => REGION_KEY.test(words(k)) && typeof r[k] === 'string' && STATUS_WORD.test(r[k] as string));
      if (key !== undefined) {
        add('region_as_status', at, `${key} "${String(r[key])}" is a status, not a province or state`);
        break;
      }
    }
    holdersOf(records, holders, (m) => add('office_holder_not_person', at, m));
    // A read of one record's holder (`/ministries/{key}/minister`) names the holder the list named.
    const office = /\/(minister|mayor|president|governor|premier)$/i.exec(path)?.[1];
    const key = args.key ?? args.id;
    if (office && isRecord(turn.result) && (typeof key === 'string' || typeof key === 'number') && holders.has(String(key))) {
      const nameKey = Object.keys(turn.result).find((k) => PERSON_KEY.test(words(k)) && typeof (turn.result as Json)[k] === 'string');
      const said = nameKey === undefined ? undefined : ((turn.result as Json)[nameKey] as string);
      if (said !== undefined && FIRST.has(said.split(' ')[0]!) && said !== holders.get(String(key))) add('office_holder_changed', at, `the ${office} is "${said}" here but "${holders.get(String(key))!}" in the list`);
    }
    if (/\{road_?id\}/i.test(path) || /^\/details\//.test(path)) {
      for (const list of listsOf(turn.result)) for (const [id, message] of roadFaults(list, kind, args.roadId ?? args.road_id)) add(id, at, message);
      if (isRecord(turn.result) && 'display_type' in turn.result) for (const [id, message] of roadFaults([turn.result], kind, undefined)) add(id, at, message);
    }
  });
}
