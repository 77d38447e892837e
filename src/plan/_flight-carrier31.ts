/**
 * A flight belongs to the airline searched (QUALITY.md E): its number, callsign, operator, registration and logo
 * follow that airline — a Volaris search never returns AirAsia's "AK10" / "AXM10" / "AXM" copied from a recording,
 * and a logo is an image link (never a storage path read out as "s3:AK_AXM.png").
 */
import { flightHitKind31 } from './_flight-kind31.ts';
import { faker } from '@faker-js/faker';
import { snakeKey } from '../text/key-words-speed28.ts';

/** ICAO codes of the airlines faker names (by IATA code); one not listed gets three letters of its name. */
const ICAO: Record<string, string> = Object.fromEntries(
  ('A3 AEE SU AFL AR ARG AM AMX AH DAH G9 ABY AC ACA CA CCA UX AEA AF AFR AI AIC MK MAU NZ ANZ PX ANG TN THT TS TSC D7 XAX AK AXM SB ACI ' +
    'AS ASA AZ AZA NH ANA G4 AAY AA AAL OZ AAR AV AVA AD AZU JD CBJ OB BOV BA BAW CX CPA 5J CEB CI CAL MU CES CZ CSN DE CFG CM CMP DL DAL ' +
    'U2 EZY MS MSR LY ELY EK UAE ET ETH EY ETD BR EVA FJ FJI AY FIN FZ FDB F9 FFT GA GIA G3 GLO HU CHH HA HAL 6E IGO JL JAL 7C JJA LS EXS ' +
    'B6 JBU KQ KQA KL KLM KE KAL LA LAN JT LNI LO LOT LH DLH MH MAS DY NAX WY OMA PK PIA PC PGT PR PAL QF QFA QR QTR YX RPA AT RAM FR RYR ' +
    'S7 SBI SK SAS SV SVA SQ SIA OO SKW SA SAA WN SWA SG SEJ NK NKS 9C CQH UL ALK SY SCX XQ SXS TP TAP FD AIQ TG THA BY TOM TU TAR TK THY ' +
    'PS AUI UA UAL U6 SVR VJ VJC VN HVN VS VIR VA VOZ VB VIV Y4 VOI WS WJA W6 WZZ')
    .split(' ')
    .reduce<[string, string][]>((pairs, w, i, all) => (i % 2 === 0 ? [...pairs, [w, all[i + 1]!]] : pairs), []),
);
/** Registration prefixes by the airline's country (by IATA code); an airline not listed keeps its registration's form. */
const REG_PREFIX: Record<string, string> = Object.fromEntries(
  Object.entries({
    N: 'AA AS B6 DL F9 G4 HA NK OO SY UA WN YX', 'C-': 'AC TS WS', 'G-': 'BA LS U2 VS BY', 'D-': 'LH DE', 'F-': 'AF TN', 'EI-': 'FR',
    '9M-': 'AK D7 MH', 'HS-': 'FD TG', 'XA-': 'AM Y4 VB', 'PR-': 'AD G3', 'VH-': 'QF VA', 'JA': 'NH JL', 'HL': 'OZ KE 7C', 'B-': 'CA MU CZ HU JD SC 3U 9C HO CX BR CI',
    'A6-': 'EK EY FZ G9', 'A7-': 'QR', 'TC-': 'TK PC XQ', 'VT-': 'AI 6E SG G8', 'RP-': 'PR 5J', 'PK-': 'GA JT', 'VN-': 'VJ VN', '9V-': 'SQ',
    'HZ-': 'SV', 'SP-': 'LO', 'OH-': 'AY', 'PH-': 'KL', 'SE-': 'SK', 'LN-': 'DY', 'CS-': 'TP', 'EC-': 'UX', 'HA-': 'W6', 'RA-': 'SU S7 U6 N4',
    'ZS-': 'SA FA MN', 'ET-': 'ET', '5Y-': 'KQ', 'SU-': 'MS', '4X-': 'LY', 'CN-': 'AT', 'HK-': 'AV VE P5 9R', 'CC-': 'LA JA H2', 'ZK-': 'NZ', 'A4O-': 'WY', 'AP-': 'PK',
  }).flatMap(([prefix, codes]) => codes.split(' ').map((c) => [c, prefix])),
);

type Airline = { name: string; iata: string; icao: string };
let airlines: Airline[] | undefined;
const all = (): Airline[] =>
  (airlines ??= faker.definitions.airline.airline.map(({ name, iataCode }) => ({ name, iata: iataCode, icao: ICAO[iataCode] ?? name.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase() })));

const FLIGHT_KEY = /^(flight|flight_number|flight_no|flight_iata|flight_code)$/;
const CALLSIGN_KEY = /^(callsign|call_sign|flight_icao)$/;
const OPERATOR_KEY = /^(operator|airline|carrier|airline_code|operator_code|airline_iata|airline_icao|operator_iata|operator_icao|airline_name|operator_name)$/;
const REG_KEY = /^(reg|registration|tail_number|aircraft_registration)$/;
const LABEL_KEY = /^(label|name|title)$/;
const FLIGHT_NO = /^([A-Z0-9]{2})\s?(\d{1,4})$/;
const words = snakeKey;
const hashOf = (seed: string): number => [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** The airline a text names: by its name ("Volaris") or by a flight number of its code ("FD3210"). */
function airlineOf(text: unknown): [Airline, string | undefined] | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  const coded = FLIGHT_NO.exec(t.toUpperCase());
  if (coded) {
    const byCode = all().find((a) => a.iata === coded[1]);
    return byCode ? [byCode, coded[2]] : undefined;
  }
  const named = all().find((a) => a.name.toLowerCase() === t.toLowerCase());
  return named ? [named, undefined] : undefined;
}

/** The flight record of a search hit: the hit itself or one of its objects (`detail`), with a number and an operator or callsign. */
function flightRecord(item: Record<string, unknown>): Record<string, unknown> | undefined {
  const isFlight = (r: Record<string, unknown>): boolean => {
    const keys = Object.keys(r).map(words);
    return keys.some((k) => FLIGHT_KEY.test(k) || CALLSIGN_KEY.test(k)) && keys.some((k) => OPERATOR_KEY.test(k) || CALLSIGN_KEY.test(k) || REG_KEY.test(k));
  };
  if (isFlight(item)) return item;
  for (const v of Object.values(item)) if (v && typeof v === 'object' && !Array.isArray(v) && isFlight(v as Record<string, unknown>)) return v as Record<string, unknown>;
  return undefined;
}

/** A flight found by an airline or a flight number is that airline's; one found otherwise keeps its own number's airline. */
export function flightCarrier31(item: Record<string, unknown>, query: string | undefined): void {
  const flight = flightRecord(item);
  if (flight === undefined) return;
  if (flight !== item) flightHitKind31(item, flight);
  const keys = Object.keys(flight);
  const flightKey = keys.find((k) => FLIGHT_KEY.test(words(k)) && typeof flight[k] === 'string');
  const label = Object.keys(item).find((k) => LABEL_KEY.test(k) && typeof item[k] === 'string');
  const found = airlineOf(query) ?? airlineOf(label === undefined ? undefined : item[label]) ?? airlineOf(flightKey === undefined ? undefined : flight[flightKey]);
  if (found === undefined) return;
  const [airline, asked] = found;
  const own = flightKey === undefined ? undefined : /(\d{1,4})$/.exec(flight[flightKey] as string)?.[1];
  const number = asked ?? own ?? String(10 + (hashOf(airline.name) % 990));
  for (const key of keys) {
    const k = words(key);
    const v = flight[key];
    if (typeof v !== 'string') continue;
    if (FLIGHT_KEY.test(k) && FLIGHT_NO.test(v.toUpperCase())) flight[key] = `${airline.iata}${v.includes(' ') ? ' ' : ''}${number}`;
    else if (CALLSIGN_KEY.test(k) && /^[A-Z]{3}\d{1,4}[A-Z]?$/.test(v)) flight[key] = `${airline.icao}${number}`;
    else if (OPERATOR_KEY.test(k)) flight[key] = /^[A-Z]{3}$/.test(v) ? airline.icao : /^[A-Z0-9]{2}$/.test(v) ? airline.iata : /name|airline|carrier|operator/.test(k) && /^[A-Z][a-z]/.test(v) ? airline.name : v;
    else if (REG_KEY.test(k) && REG_PREFIX[airline.iata] !== undefined && /^[A-Z0-9]{1,3}-?[A-Z0-9]{2,5}$/.test(v)) flight[key] = registration(REG_PREFIX[airline.iata]!, v);
    else if (/^(logo|logo_url|image|icon)$/.test(k) && !/^https?:\/\//.test(v) && /\.(png|jpe?g|svg|gif|webp)$/i.test(v)) flight[key] = `https://images.example.com/airlines/${airline.iata.toLowerCase()}.png`;
  }
}

/** A registration of the airline's country, its letters drawn from the one it replaces (deterministic). */
function registration(prefix: string, before: string): string {
  const h = hashOf(before + prefix);
  if (prefix === 'N') return `N${100 + (h % 900)}${'ABCDEFGHJKLMNPRSTUVWXYZ'[(h >>> 10) % 23]}${'ABCDEFGHJKLMNPRSTUVWXYZ'[(h >>> 15) % 23]}`;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const n = prefix.endsWith('-') ? 3 : 4;
  const tail = Array.from({ length: n }, (_, i) => (/^(JA|HL)$/.test(prefix) ? String((h >>> (i * 4)) % 10) : letters[(h >>> (i * 5)) % 26])).join('');
  return `${prefix}${tail}`;
}
