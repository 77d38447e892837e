/**
 * Results whose kind, code and name agree with the request and each other (QUALITY.md E), wave 18.
 * `airport_code_city`: an airport named for a well-known city ("Los Angeles International Airport") has one of that
 * city's codes (LAX), never SDU. `year_search_other_year`: a search filtered by a year (`y: 2019`) lists no work
 * of another year. `uri_names_other_id`: a record's `prefix:kind:id` URI ends in the record's own id. Reads only the dialogue record; the city codes are the checker's own short table.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ECHO18_INVARIANTS = ['airport_code_city', 'year_search_other_year', 'uri_names_other_id'] as const satisfies readonly InvariantId[];

const words = keyWords;

/** IATA codes of well-known cities' airports, and the metro codes that name all of a city's airports. */
const CITY_CODES: Readonly<Record<string, readonly string[]>> = {
  'Los Angeles': ['LAX'], Chicago: ['ORD', 'MDW', 'CHI'], Austin: ['AUS'], Seattle: ['SEA', 'BFI'], Boston: ['BOS'], Denver: ['DEN'],
  'San Francisco': ['SFO'], Miami: ['MIA'], Toronto: ['YYZ', 'YTZ', 'YTO'], Vancouver: ['YVR'], Montreal: ['YUL', 'YMQ'],
  'Mexico City': ['MEX', 'NLU'], Lisbon: ['LIS'], Porto: ['OPO'], Madrid: ['MAD'], Barcelona: ['BCN'], Paris: ['CDG', 'ORY', 'BVA', 'PAR'],
  Berlin: ['BER', 'TXL', 'SXF'], Munich: ['MUC'], Hamburg: ['HAM'], Amsterdam: ['AMS'], Brussels: ['BRU', 'CRL'], Vienna: ['VIE'],
  Zurich: ['ZRH'], Geneva: ['GVA'], Rome: ['FCO', 'CIA', 'ROM'], Milan: ['MXP', 'LIN', 'BGY', 'MIL'], Prague: ['PRG'], Warsaw: ['WAW', 'WMI'],
  Budapest: ['BUD'], Athens: ['ATH'], Copenhagen: ['CPH'], Oslo: ['OSL', 'TRF'], Stockholm: ['ARN', 'BMA', 'NYO', 'STO'], Helsinki: ['HEL'],
  Dublin: ['DUB'], Edinburgh: ['EDI'], Manchester: ['MAN'], Istanbul: ['IST', 'SAW'], Dubai: ['DXB', 'DWC'], Cairo: ['CAI'],
  Tokyo: ['HND', 'NRT', 'TYO'], Osaka: ['KIX', 'ITM', 'OSA'], Seoul: ['ICN', 'GMP', 'SEL'], Singapore: ['SIN'], Bangkok: ['BKK', 'DMK'],
  Sydney: ['SYD'], Melbourne: ['MEL', 'AVV'], Auckland: ['AKL'], 'Buenos Aires': ['EZE', 'AEP', 'BUE'], 'São Paulo': ['GRU', 'CGH', 'VCP', 'SAO'],
  'Rio de Janeiro': ['GIG', 'SDU', 'RIO'], Lima: ['LIM'], Bogotá: ['BOG'], Santiago: ['SCL'], Johannesburg: ['JNB'], 'Cape Town': ['CPT'],
  Nairobi: ['NBO'], Mumbai: ['BOM'], Delhi: ['DEL'], 'New Delhi': ['DEL'], 'Kuala Lumpur': ['KUL', 'SZB'], Jakarta: ['CGK', 'HLP'],
  Manila: ['MNL'], Hanoi: ['HAN'], Taipei: ['TPE', 'TSA'], 'Hong Kong': ['HKG'], London: ['LHR', 'LGW', 'STN', 'LTN', 'LCY', 'SEN', 'LON'],
  'New York': ['JFK', 'LGA', 'EWR', 'NYC'], Reykjavik: ['KEF', 'RKV'], 'Tel Aviv': ['TLV'],
};
/** A name made only of a city and "(International) Airport": one naming a place inside the city is not judged. */
const CITY_AIRPORT = /^(.+?)\s+(?:International\s+)?Airport$/;
const CODE_KEY = /^(iata|iata_code|airport_code|code|id|airport_id|airport_iata)$/;
const NAME_KEY = /^(name|airport_name)$/;

/** An airport record named for a known city whose code is none of that city's: the message, or none. */
function airportCity(obj: Json): string | undefined {
  const nameKey = Object.keys(obj).find((k) => NAME_KEY.test(words(k)) && typeof obj[k] === 'string' && (obj[k] as string).endsWith('Airport'));
  if (nameKey === undefined) return undefined;
  const city = CITY_AIRPORT.exec(obj[nameKey] as string)?.[1];
  const codes = city === undefined ? undefined : CITY_CODES[city];
  if (codes === undefined) return undefined;
  const codeKey = Object.keys(obj).find((k) => CODE_KEY.test(words(k)) && typeof obj[k] === 'string' && /^[A-Z]{3}$/.test(obj[k] as string));
  if (codeKey === undefined || codes.includes(obj[codeKey] as string)) return undefined;
  return `${String(obj[nameKey])} has ${codeKey} ${String(obj[codeKey])}, not a code of ${city}`;
}

const URI = /^[a-z][a-z0-9-]*(:[A-Za-z0-9_-]+){2}$/;
/** A record whose `prefix:kind:id` URI names another id than its own: the message, or none. */
function uriOfOther(obj: Json): string | undefined {
  const { id, uri } = obj;
  if (typeof id !== 'string' || typeof uri !== 'string' || !URI.test(uri) || uri.endsWith(`:${id}`)) return undefined;
  return `the record ${id} has the uri ${uri}`;
}

const YEAR_ARG = /^(y|year|release_year|primary_release_year|year_released|production_year)$/;
const YEAR_KEY = /^(year|release_year|production_year|year_released)$/;
const TITLE_KEY = /^(title|name|original_title)$/;

/** A titled work in a year search whose own year is another: the message, or none. */
function otherYear(result: unknown, year: string): string | undefined {
  let message: string | undefined;
  eachObject(result, (obj) => {
    if (message !== undefined || !Object.keys(obj).some((k) => TITLE_KEY.test(words(k)) && typeof obj[k] === 'string')) return;
    const yearKey = Object.keys(obj).find((k) => YEAR_KEY.test(words(k)) && /^\d{4}$/.test(String(obj[k])));
    if (yearKey !== undefined && String(obj[yearKey]) !== year) message = `searched for the year ${year}, a work found has ${yearKey} ${String(obj[yearKey])}`;
  });
  return message;
}

export function checkEcho18(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') return;
    let airport: string | undefined;
    let uri: string | undefined;
    eachObject(turn.result, (obj) => {
      airport ??= airportCity(obj);
      uri ??= uriOfOther(obj);
    });
    if (airport !== undefined) add('airport_code_city', at, airport);
    if (uri !== undefined) add('uri_names_other_id', at, uri);
    const args = argsOf.get(turn.call_id);
    const year = args === undefined ? undefined : Object.entries(args).find(([k, v]) => YEAR_ARG.test(words(k)) && /^(1[89]|20)\d\d$/.test(String(v)))?.[1];
    const other = year === undefined ? undefined : otherYear(turn.result, String(year));
    if (other !== undefined) add('year_search_other_year', at, other);
  });
}
