/**
 * A VIN names its maker (QUALITY.md E): its first three characters, the WMI, are the maker's (WBA/WBS/5UX BMW, WAU
 * Audi, 1HG Honda, JTD Toyota …), so a VIN decoded as a BMW starts with a BMW code, never "6RW" or "11B". A VIN drawn
 * starts with a real WMI; a record with a VIN and a make (or a "2010 BMW 5 Series" vehicle) agrees with it: a VIN
 * the call did not send takes the make's WMI (its check digit recomputed), and a sent VIN's maker names the record's
 * make. The call's own values (`keep`) never change.
 */
import { modelsOf, type VehicleModel } from '../world/index.ts';
import { yearOfVin } from './_vehicles22.ts';

type Json = Record<string, unknown>;
const WMI: Readonly<Record<string, readonly string[]>> = {
  Toyota: ['JTD', 'JTE', '4T1', '5TD'], Honda: ['1HG', 'JHM', '5FN'], Ford: ['1FA', '1FT', '1FM'], Chevrolet: ['1G1', '1GC', '3GN'],
  Nissan: ['JN1', '1N4', '5N1'], Hyundai: ['KMH', '5NP'], Kia: ['KNA', '5XY'], Volkswagen: ['WVW', '3VW', '1VW'], Subaru: ['JF1', '4S3', '4S4'],
  Mazda: ['JM1', 'JM3'], Jeep: ['1C4', '1J4'], Ram: ['3C6', '1C6'], GMC: ['1GT', '3GT'], Dodge: ['2C3', '1B3'], Chrysler: ['2C4', '1C3'],
  Cadillac: ['1G6', '1GY'], BMW: ['WBA', 'WBS', '5UX'], 'Mercedes-Benz': ['WDD', 'WDC', '4JG'], Audi: ['WAU', 'WA1'], Lexus: ['JTH', '2T2'],
  Porsche: ['WP0', 'WP1'], Tesla: ['5YJ', '7SA'], Ferrari: ['ZFF'], Lamborghini: ['ZHW'], McLaren: ['SBM'], Bugatti: ['VF9'],
  Mitsubishi: ['JA3', 'JA4'], Volvo: ['YV1', 'YV4'], Mini: ['WMW'], Fiat: ['ZFA', '3C3'], 'Land Rover': ['SAL'], Infiniti: ['JN8', '5N3'],
};
// A VIN drawn is of an everyday maker: a hypercar maker's VIN on a drawn record reads as a made-up one.
const ALL = Object.entries(WMI).filter(([m]) => !/^(Ferrari|Lamborghini|McLaren|Bugatti)$/.test(m)).flatMap(([, codes]) => codes);
const MAKER = new Map(Object.entries(WMI).flatMap(([make, codes]) => codes.map((c) => [c, make] as const)));
const BODY: Readonly<Record<VehicleModel['kind'], string>> = { small: 'Hatchback', sedan: 'Sedan', suv: 'SUV', truck: 'Pickup', luxury: 'Sedan', sports: 'Coupe', exotic: 'Coupe', hyper: 'Coupe', hybrid: 'Hatchback', ev: 'Hatchback' };
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

function fitRecord(obj: Json, keep: ReadonlySet<string>, sent: ReadonlySet<string>): void {
  const vinKey = Object.keys(obj).find((k) => VIN_KEY.test(k) && typeof obj[k] === 'string' && VIN.test((obj[k] as string).toUpperCase()));
  if (vinKey === undefined) return;
  const vin = obj[vinKey] as string;
  const makeKey = Object.keys(obj).find((k) => MAKE_KEY.test(k) && typeof obj[k] === 'string');
  const vehicleKey = Object.keys(obj).find((k) => VEHICLE_KEY.test(k) && typeof obj[k] === 'string');
  const shown = vehicleKey !== undefined ? /^((?:19|20)\d\d) (.+)$/.exec(obj[vehicleKey] as string) : null;
  const make = makeKey !== undefined ? Object.keys(WMI).find((m) => m.toLowerCase() === (obj[makeKey] as string).toLowerCase()) : shown ? Object.keys(WMI).sort((a, b) => b.length - a.length).find((m) => shown[2]!.startsWith(`${m} `)) : undefined;
  if (make === undefined || makerOfVin29(vin) === make) return;
  // A value the call sent (the VIN echoed from its arguments) is as fixed as a pinned one.
  const free = (k: string): boolean => !keep.has(JSON.stringify(obj[k])) && !sent.has(JSON.stringify(obj[k]));
  if (free(vinKey)) {
    const codes = WMI[make]!;
    obj[vinKey] = withCheckDigit(`${codes[hash(vin) % codes.length]}${vin.toUpperCase().slice(3)}`);
    return;
  }
  // The VIN was sent: the record's make is the one it names.
  const maker = makerOfVin29(vin);
  if (maker === undefined) return;
  const year = shown ? Number(shown[1]) : yearOfVin(vin);
  const model = modelOf(maker, year, vin);
  if (makeKey !== undefined && free(makeKey)) {
    obj[makeKey] = maker;
    // Its model is one of that maker's (a Ram is no Impreza); the model's year and body are fitted after.
    const modelKey = Object.keys(obj).find((k) => /^(model|model_?name)$/i.test(k) && typeof obj[k] === 'string');
    if (modelKey !== undefined && model !== undefined && free(modelKey)) {
      obj[modelKey] = model.model;
      // Its body is its model's class (an Optima is a sedan), as _vehicles22.ts fits it.
      const bodyKey = Object.keys(obj).find((k) => /^(body_?type|body_?style|body_?class|body)$/i.test(k) && typeof obj[k] === 'string');
      if (bodyKey !== undefined && free(bodyKey)) obj[bodyKey] = BODY[model.kind];
    }
  } else if (shown && vehicleKey !== undefined && free(vehicleKey) && model !== undefined) obj[vehicleKey] = `${shown[1]} ${maker} ${model.model}`;
}

/** A model of the maker sold in the year (any of its models when none was), picked by the VIN. */
function modelOf(maker: string, year: number | undefined, vin: string): VehicleModel | undefined {
  const all = modelsOf(maker).filter((m) => m.kind !== 'hyper');
  const sold = all.filter((m) => year === undefined || (m.from <= year && (m.to ?? 9999) >= year));
  const pool = sold.length > 0 ? sold : all;
  return pool.length > 0 ? pool[hash(vin) % pool.length] : undefined;
}

/** Every record with a VIN (the top one, its `data`, lists under it) agrees with its make. */
export function settleVins29(result: unknown, keep: ReadonlySet<string>, args: Readonly<Json>): void {
  const sent = new Set(Object.values(args).filter((v) => typeof v === 'string').map((v) => JSON.stringify(v)));
  visit(result, keep, sent, 0);
}

function visit(value: unknown, keep: ReadonlySet<string>, sent: ReadonlySet<string>, depth: number): void {
  if (depth > 3) return;
  if (Array.isArray(value)) for (const item of value) visit(item, keep, sent, depth + 1);
  else if (isRecord(value)) {
    fitRecord(value, keep, sent);
    for (const v of Object.values(value)) if (v && typeof v === 'object') visit(v, keep, sent, depth + 1);
  }
}
