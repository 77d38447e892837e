/**
 * A VIN names its maker (QUALITY.md E): its first three characters, the WMI, are the maker's (WBA/WBS/5UX BMW, WAU
 * Audi, 1HG Honda, JTD Toyota …), so a VIN decoded as a BMW starts with a BMW code, never "6RW" or "11B". A VIN drawn
 * starts with a real WMI; a record with a VIN and a make (or a "2010 BMW 5 Series" vehicle) agrees with it: a VIN
 * the call did not send takes the make's WMI (its check digit recomputed), and a sent VIN's maker names the record's
 * make. The call's own values (`keep`) never change.
 */
import { modelsOf } from '../world/index.ts';

type Json = Record<string, unknown>;
const WMI: Readonly<Record<string, readonly string[]>> = {
  Toyota: ['JTD', 'JTE', '4T1', '5TD'], Honda: ['1HG', 'JHM', '5FN'], Ford: ['1FA', '1FT', '1FM'], Chevrolet: ['1G1', '1GC', '3GN'],
  Nissan: ['JN1', '1N4', '5N1'], Hyundai: ['KMH', '5NP'], Kia: ['KNA', '5XY'], Volkswagen: ['WVW', '3VW', '1VW'], Subaru: ['JF1', '4S3', '4S4'],
  Mazda: ['JM1', 'JM3'], Jeep: ['1C4', '1J4'], Ram: ['3C6', '1C6'], GMC: ['1GT', '3GT'], Dodge: ['2C3', '1B3'], Chrysler: ['2C4', '1C3'],
  Cadillac: ['1G6', '1GY'], BMW: ['WBA', 'WBS', '5UX'], 'Mercedes-Benz': ['WDD', 'WDC', '4JG'], Audi: ['WAU', 'WA1'], Lexus: ['JTH', '2T2'],
  Porsche: ['WP0', 'WP1'], Tesla: ['5YJ', '7SA'], Ferrari: ['ZFF'], Lamborghini: ['ZHW'], McLaren: ['SBM'], Bugatti: ['VF9'],
  Mitsubishi: ['JA3', 'JA4'], Volvo: ['YV1', 'YV4'], Mini: ['WMW'], Fiat: ['ZFA', '3C3'], 'Land Rover': ['SAL'], Infiniti: ['JN8', '5N3'],
};
const ALL = Object.values(WMI).flat();
const MAKER = new Map(Object.entries(WMI).flatMap(([make, codes]) => codes.map((c) => [c, make] as const)));
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const VIN_KEY = /^(vin|vin_?number)$/i;
const MAKE_KEY = /^(make|make_?name|manufacturer|maker|marque)$/i;
const VEHICLE_KEY = /^(vehicle|vehicle_?name)$/i;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const hash = (s: string): number => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** The check digit (ninth character) of a North American VIN. */
function withCheckDigit(vin: string): string {
  const value = (c: string): number => (/\d/.test(c) ? Number(c) : 'ABCDEFGH'.includes(c) ? c.charCodeAt(0) - 64 : 'JKLMN'.includes(c) ? c.charCodeAt(0) - 73 : c === 'P' ? 7 : c === 'R' ? 9 : c.charCodeAt(0) - 81);
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = [...vin].reduce((s, c, i) => s + value(c) * weights[i]!, 0) % 11;
  return `${vin.slice(0, 8)}${sum === 10 ? 'X' : String(sum)}${vin.slice(9)}`;
}

/** A drawn VIN starts with a real maker's WMI (picked by its own characters: no extra draw). */
export function realVin29(vin: string): string {
  const v = vin.toUpperCase();
  return VIN.test(v) ? withCheckDigit(`${ALL[hash(v) % ALL.length]}${v.slice(3)}`) : vin;
}

/** The maker a VIN's WMI names, if known. */
export function makerOfVin29(vin: string): string | undefined {
  return MAKER.get(vin.slice(0, 3).toUpperCase());
}

function fitRecord(obj: Json, keep: ReadonlySet<string>): void {
  const vinKey = Object.keys(obj).find((k) => VIN_KEY.test(k) && typeof obj[k] === 'string' && VIN.test((obj[k] as string).toUpperCase()));
  if (vinKey === undefined) return;
  const vin = obj[vinKey] as string;
  const makeKey = Object.keys(obj).find((k) => MAKE_KEY.test(k) && typeof obj[k] === 'string');
  const vehicleKey = Object.keys(obj).find((k) => VEHICLE_KEY.test(k) && typeof obj[k] === 'string');
  const shown = vehicleKey !== undefined ? /^((?:19|20)\d\d) (.+)$/.exec(obj[vehicleKey] as string) : null;
  const make = makeKey !== undefined ? Object.keys(WMI).find((m) => m.toLowerCase() === (obj[makeKey] as string).toLowerCase()) : shown ? Object.keys(WMI).sort((a, b) => b.length - a.length).find((m) => shown[2]!.startsWith(`${m} `)) : undefined;
  if (make === undefined || makerOfVin29(vin) === make) return;
  const free = (k: string): boolean => !keep.has(JSON.stringify(obj[k]));
  if (free(vinKey)) {
    const codes = WMI[make]!;
    obj[vinKey] = withCheckDigit(`${codes[hash(vin) % codes.length]}${vin.toUpperCase().slice(3)}`);
    return;
  }
  // The VIN was sent: the record's make is the one it names.
  const maker = makerOfVin29(vin);
  if (maker === undefined) return;
  if (makeKey !== undefined && free(makeKey)) obj[makeKey] = maker;
  else if (shown && vehicleKey !== undefined && free(vehicleKey) && modelsOf(maker).length > 0) {
    const models = modelsOf(maker);
    obj[vehicleKey] = `${shown[1]} ${maker} ${models[hash(vin) % models.length]!.model}`;
  }
}

/** Every record with a VIN (the top one, its `data`, lists under it) agrees with its make. */
export function settleVins29(result: unknown, keep: ReadonlySet<string>, depth = 0): void {
  if (depth > 3) return;
  if (Array.isArray(result)) for (const item of result) settleVins29(item, keep, depth + 1);
  else if (isRecord(result)) {
    fitRecord(result, keep);
    for (const v of Object.values(result)) if (v && typeof v === 'object') settleVins29(v, keep, depth + 1);
  }
}
