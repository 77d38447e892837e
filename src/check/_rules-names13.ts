/**
 * Values whose kind was known, not invented (QUALITY.md E). `code_for_word`: a field that is no identifier never
 * shows the user a made-up code ("the result code is PVWLU", characters "CHR-83837"). `brand_word_name`: a thing
 * of a kind with real names (a model, an asset, a product, a category) is not named by a brand-like word ("the
 * models Lumen and Horizon"). `shared_symbol`: two records of one list never share a symbol under different names
 * ("ZR" for Vertex and for Keystone), nor one brand's name under two ids. `coordinates_scalar`: coordinates are a
 * pair, never one number. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const NAMES13_INVARIANTS = ['code_for_word', 'brand_word_name', 'shared_symbol', 'coordinates_scalar'] as const satisfies readonly InvariantId[];

const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Keys whose values are codes by nature: identifiers, references, symbols, abbreviations. */
const CODE_KEY = /(^|_)(id|ids|uuid|guid|code|codes|key|keys|ref|reference|number|no|num|sku|symbol|ticker|slug|token|hash|serial|iata|icao|isbn|vin|abbr|abbreviation|short_name|initials|callsign|call_sign|registration|locator|pnr|version|cursor|etag|sha|checksum|signature|isin|cusip|mic|zip|postcode|postal_code|plate|tag|handle|username|login|password|secret)$/;
/** Keys that hold words (a status, a cuisine, a character, a category): a code there means nothing to the user. */
const WORD_KEY = /(^|_)(characters?|character_name|cuisines?|status|state|result|outcome|regions?|propert(y|ies)|categor(y|ies)|genres?|types?|kinds?|modes?|levels?|name|title|label|description|roles?|jobs?|subjects?|topics?|colou?rs?|sizes?|materials?|languages?|countr(y|ies)|cit(y|ies)|sports?|leagues?|platforms?|formats?|units?|conditions?|moods?|styles?|themes?)$/;
/** A code of a kind of thing (`cuisineCodes`) is that kind's own short name ("italian"), never random. */
const KIND_CODE_KEY = /(^|_)(cuisine|category|genre|sport|diet|style|mood|theme)_codes?$/;
/** A made-up code: "CHR-83837", or letters and digits in random order ("6TUE3", "X1VP"). */
const REF_CODE = /^[A-Z]{2,4}-\d{3,6}$/;
const MIXED_CODE = /^(?=[A-Z0-9]{4,6}$)(?=.*[A-Z].*[A-Z])[A-Z0-9]*\d[A-Z][A-Z0-9]*$/;
/** An aircraft's type is an ICAO designator, a real code ("A20N", "B38M"), never a word (wave 30). */
const AIRCRAFT_TYPE_KEY = /^(ac|aircraft|aircraft_icao|equipment)_type$/;
/** A call's result or status code: a status word or a number. */
const RESULT_CODE_KEY = /^(result|response|return|reply|api|request)_(code|status)$/;
const STATUS_VALUE = /^(\d{1,4}|ok|success|succeeded|successful|done|accepted|created|completed|found|valid|true|ready|e?\d+)$/i;

/** Brand-like words: a real model, asset, product or category is not called this. */
const BRAND_WORDS = new Set(['Apollo', 'Atlas', 'Nova', 'Zenith', 'Aurora', 'Vertex', 'Horizon', 'Pioneer', 'Juniper', 'Beacon', 'Meridian', 'Lumen', 'Cobalt', 'Sequoia', 'Tempo', 'Keystone']);
/** Kinds of things that have real names (read from the record's key or the name's own words). */
const NAMED_KIND = /(^|_)(models?|assets?|products?|categor(y|ies)|commodit(y|ies)|contracts?|futures?|aircrafts?|securit(y|ies)|coins?|stocks?|funds?|chains?|options?|editorials?|cars?|vehicles?|makes?|brands?|genres?|singular|plural|sec|instruments?|currenc(y|ies))$/;
const NAME_KEY = /^(.*_)?(name|title|label)$/;

/** Keys that identify one entity of a list by a short code, and keys naming things of which each is unique. */
const SYMBOL_KEY = /^(symbol|ticker|ticker_symbol|isin|cusip)$/;
const UNIQUE_NAME_KEY = /^(brand|brand_name|make|make_name|manufacturer|manufacturer_name|exchange|exchange_name|currency_name)$/;
const COORDINATES_KEY = /^(coordinates|coords|lat_lng|latlng|lat_lon|latlon|geo_coordinates)$/;

function said(record: DialogueRecord): string {
  return record.turns.filter((t) => t.speaker === 'assistant' && typeof (t as { text?: unknown }).text === 'string').map((t) => (t as { text: string }).text).join('\n');
}

function checkList(items: readonly unknown[], at: number, add: Add, found: Set<string>): void {
  const records = items.filter(isRecord);
  if (records.length < 2 || found.has('shared_symbol')) return;
  const bySymbol = new Map<string, string>();
  const byName = new Map<string, unknown>();
  for (const item of records) {
    const keys = Object.keys(item);
    const nameKey = keys.find((k) => words(k) === 'name' || words(k) === 'title');
    const idKey = keys.find((k) => /^_?id$/.test(words(k)));
    for (const key of keys) {
      const value = item[key];
      if (typeof value !== 'string' || value === '') continue;
      const w = words(key);
      if (SYMBOL_KEY.test(w) && nameKey !== undefined && typeof item[nameKey] === 'string') {
        const other = bySymbol.get(`${w}\u0000${value}`);
        if (other !== undefined && other !== item[nameKey]) {
          found.add('shared_symbol');
          return add('shared_symbol', at, `${key} "${value}" is both ${other}'s and ${item[nameKey] as string}'s`);
        }
        bySymbol.set(`${w}\u0000${value}`, item[nameKey] as string);
      }
      if (UNIQUE_NAME_KEY.test(w) && idKey !== undefined && item[idKey] !== undefined && !keys.some((k) => SYMBOL_KEY.test(words(k)))) {
        const other = byName.get(`${w}\u0000${value}`);
        if (other !== undefined && JSON.stringify(other) !== JSON.stringify(item[idKey])) {
          found.add('shared_symbol');
          return add('shared_symbol', at, `${key} "${value}" appears twice with different ids (${JSON.stringify(other)}, ${JSON.stringify(item[idKey])})`);
        }
        byName.set(`${w}\u0000${value}`, item[idKey]);
      }
    }
  }
}

function checkResult(result: unknown, text: string, at: number, add: Add, found: Set<string>): void {
  walkResult(result, '', 0, text, at, add, found);
}

/** One node of a result (a module function: a named closure per tool turn costs more under tsx's keepNames). */
function walkResult(node: unknown, parent: string, depth: number, text: string, at: number, add: Add, found: Set<string>): void {
  if (node === null || typeof node !== 'object' || depth > 8) return;
  if (Array.isArray(node)) {
    checkList(node, at, add, found);
    for (const item of node) walkResult(item, parent, depth + 1, text, at, add, found);
    return;
  }
  for (const [key, value] of Object.entries(node as Json)) {
    const w = words(key);
    if (COORDINATES_KEY.test(w) && typeof value === 'number' && !found.has('coordinates_scalar')) {
      found.add('coordinates_scalar');
      add('coordinates_scalar', at, `${key} is one number (${value}): coordinates are a latitude and a longitude`);
    }
    const strings = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : [];
    for (const v of strings) {
      if (!found.has('code_for_word') && text.includes(v) && ((RESULT_CODE_KEY.test(w) && !STATUS_VALUE.test(v)) || (((WORD_KEY.test(w) && !CODE_KEY.test(w)) || KIND_CODE_KEY.test(w)) && (REF_CODE.test(v) || MIXED_CODE.test(v)) && !AIRCRAFT_TYPE_KEY.test(w)))) {
        found.add('code_for_word');
        add('code_for_word', at, `${key} "${v}" is a made-up code shown as if it meant something: its ${w.replace(/_/g, ' ')} is a word`);
      }
      const own = w.replace(/(^|_)(name|title|label)$/, '');
      if (!found.has('brand_word_name') && BRAND_WORDS.has(v) && NAME_KEY.test(w) && (NAMED_KIND.test(own) || (own === '' && NAMED_KIND.test(words(parent))))) {
        found.add('brand_word_name');
        add('brand_word_name', at, `${parent ? `${parent}.` : ''}${key} "${v}" is a made-up brand word where things of this kind (${(own || words(parent)).replace(/_/g, ' ')}) have real names`);
      }
    }
    if (value !== null && typeof value === 'object') walkResult(value, key, depth + 1, text, at, add, found);
  }
}

export function checkNames13(record: DialogueRecord, add: Add): void {
  const text = said(record);
  const found = new Set<string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool' && turn.status === 'ok') checkResult(turn.result, text, at, add, found);
  });
}
