/**
 * Values of an app, a review list and a car that agree with each other (QUALITY.md E), wave 32:
 * - an app's package id names the app it is the id of: "PhotoFix" by Cremin Software is "com.cremin.photofix",
 *   never "com.cremin.maps" (the developer segment stays: it names the developer, _app-ids22.ts);
 * - the app versions of a list of reviews rise with the reviews' dates (a review of October is not of v1.2 when
 *   one of May was of v3.9);
 * - a VIN's maker code says the body too (5UX is a BMW SUV, 1FT a Ford truck): the model decoded is one of that
 *   body ("2005 BMW X5", not "2005 BMW 3 Series");
 * - a car search names the searched make's cars: a search for "Nissan Leaf" lists Nissan models and the Nissan
 *   make, and its brands are car makes, not "Kilback Partners".
 * The call's own values (pinned, sent) never change. No randomness: values are picked by the record's own.
 */
import { knownMake, modelsOf, vehicleModel, type VehicleModel } from '../world/index.ts';
import type { Operation } from '../specs/types.ts';
import { keyWords } from '../text/key-words-speed28.ts';
import { settleAlerts32 } from './_alerts-rapid32.ts';
import { eveningEvents32 } from './_event-night-rapid32.ts';
import { yearOfVin } from './_vehicles22.ts';
import { makerOfVin29 } from './_vin29.ts';
import { settleAccessibleOffers33, settleDocumentedStates33, settleImageData33 } from './_values233.ts';
import { recentInventedWorks33 } from './_works-era33.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const hash = (s: string): number => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Everything this file settles, on one result: `keep` holds the pinned values, `args` the call's. */
export function settleRapid32(result: unknown, keep: ReadonlySet<string>, args: Readonly<Json>, operation: Pick<Operation, 'summary' | 'description'> & Partial<Pick<Operation, 'outputs' | 'path' | 'name'>>, unpinned: boolean): void {
  const fixed = new Set(keep);
  for (const v of Object.values(args)) if (typeof v === 'string' || typeof v === 'number') fixed.add(JSON.stringify(v));
  const free = (v: unknown): boolean => !fixed.has(JSON.stringify(v));
  visit(result, free, 0);
  carSearch(result, args, free);
  eveningEvents32(result, free); // a "Film Night" starts in the evening (_event-night-rapid32.ts)
  settleAlerts32(result, args, `${operation.summary ?? ''} ${operation.description ?? ''}`, free, unpinned); // alerts named by their country's service, in the documented order (_alerts-rapid32.ts)
  settleDocumentedStates33(result, operation, free); // a state as the description spells it: 'complete' (_values233.ts)
  settleAccessibleOffers33(result, operation, free); // one accessible offer, a few seats (_values233.ts)
  settleImageData33(result, operation, free); // a captcha's image is an image (_values233.ts)
  recentInventedWorks33(result, args, free); // a made-up work is no 1818 classic (_works-era33.ts)
}

function visit(value: unknown, free: (v: unknown) => boolean, depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    risingVersions(value, free);
    for (const item of value) visit(item, free, depth + 1);
  } else if (isRecord(value)) {
    appIdOfTitle(value, free);
    vinBody(value, free);
    for (const v of Object.values(value)) if (v && typeof v === 'object') visit(v, free, depth + 1);
  }
}

// ---- An app's package id names the app ----

const APP_ID_KEY = /^(app_?id|package_?name|package|bundle_?id)$/;
const APP_TITLE_KEY = /^(title|name|app_?name)$/;
const REVIEWISH = /^(text|content|comment|review|review_?text|body|user_?name|author)$/;
const PACKAGE = /^(com|org|net|io|co|app)\.[a-z0-9_]+\.[a-z0-9_]+$/;
const slugWords = (s: string): string[] => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length > 0);

function appIdOfTitle(obj: Json, free: (v: unknown) => boolean): void {
  const idKey = Object.keys(obj).find((k) => APP_ID_KEY.test(keyWords(k)) && typeof obj[k] === 'string');
  if (idKey === undefined) return;
  const id = obj[idKey] as string;
  const titleKey = Object.keys(obj).find((k) => APP_TITLE_KEY.test(keyWords(k)) && typeof obj[k] === 'string');
  if (titleKey === undefined || !PACKAGE.test(id) || !free(id)) return;
  // A review of the app has a title of its own ("Too many bugs"), not the app's.
  if (Object.keys(obj).some((k) => REVIEWISH.test(keyWords(k)))) return;
  const renamed = renamedPackage(id, obj[titleKey] as string);
  if (renamed === undefined) return;
  // A link or another field of the record that spells the id follows it.
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string' && v.includes(id) && free(v)) obj[k] = v.split(id).join(renamed);
}

const NAME_QUERY_KEY = /^(q|query|term|search|search_?term|keyword|keywords|app_?name|name|title)$/;
/** The package id still to be found (chained to the next call) is the app's that the search names: "PhotoFix" → "com.cremin.photofix". */
export function packageOfQuery32(values: Map<string, unknown>, inputs: Iterable<string>, args: Readonly<Json>): void {
  // A name typed with capitals ("PhotoFix") is the app's title; a topic ("food") names the app from its id instead (_app-hits23.ts).
  const q = Object.entries(args).find(([k, v]) => NAME_QUERY_KEY.test(keyWords(k)) && typeof v === 'string' && /\p{Lu}/u.test(v))?.[1] as string | undefined;
  if (q === undefined) return;
  for (const input of inputs) {
    const id = values.get(input);
    if (!APP_ID_KEY.test(keyWords(input)) || typeof id !== 'string' || !PACKAGE.test(id)) continue;
    const renamed = renamedPackage(id, q);
    if (renamed !== undefined) values.set(input, renamed);
  }
}

/** The id with its last segment the app's name, or undefined when it names the app already. */
function renamedPackage(id: string, title: string): string | undefined {
  const words = slugWords(title);
  const last = id.slice(id.lastIndexOf('.') + 1);
  // The app's name is in the id already ("Food Translate" and "com.parisian.translate"): nothing to do.
  if (words.length === 0 || words.some((w) => w.length >= 3 && last.includes(w)) || last.includes(words.join(''))) return undefined;
  return `${id.slice(0, id.lastIndexOf('.') + 1)}${words.join('').slice(0, 24)}`;
}

// ---- A list of reviews: versions rise with dates ----

const DATE_KEY = /^(date|at|created_?at|updated_?at|review_?date|submitted_?at|published_?at|posted_?at)$/;
const VERSION_KEY = /^(version|app_?version|review_?created_?version)$/;
const VERSION = /^\d+(\.\d+){1,3}$/;
const versionCmp = (a: string, b: string): number => {
  const x = a.split('.').map(Number), y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

function risingVersions(list: readonly unknown[], free: (v: unknown) => boolean): void {
  if (list.length < 2 || !isRecord(list[0])) return;
  const first = list[0] as Json;
  const versionKey = Object.keys(first).find((k) => VERSION_KEY.test(keyWords(k)));
  const dateKey = Object.keys(first).find((k) => DATE_KEY.test(keyWords(k)));
  if (versionKey === undefined || dateKey === undefined) return;
  const items: Json[] = [];
  for (const item of list) {
    if (!isRecord(item)) return;
    const version = item[versionKey], date = item[dateKey];
    if (typeof version !== 'string' || !VERSION.test(version) || !free(version) || typeof date !== 'string' || Number.isNaN(Date.parse(date))) return;
    items.push(item);
  }
  const versions = items.map((i) => i[versionKey] as string).sort(versionCmp);
  const byDate = [...items].sort((a, b) => Date.parse(a[dateKey] as string) - Date.parse(b[dateKey] as string));
  byDate.forEach((item, i) => { item[versionKey] = versions[i]; });
}

// ---- A VIN's maker code names the body ----

type Body = 'suv' | 'truck' | 'car';
// World Manufacturer Identifiers of SUV and truck plants (the others in _vin29.ts make cars).
const WMI_BODY: Readonly<Record<string, Body>> = {
  '5UX': 'suv', '5FN': 'suv', '5TD': 'suv', JTE: 'suv', '1FM': 'suv', '3GN': 'suv', '5N1': 'suv', JN8: 'suv', '5XY': 'suv', JM3: 'suv', '4S4': 'suv',
  '1C4': 'suv', '1J4': 'suv', '1GY': 'suv', WA1: 'suv', '4JG': 'suv', WDC: 'suv', '2T2': 'suv', YV4: 'suv', JA4: 'suv', '5N3': 'suv', WP1: 'suv', SAL: 'suv', '7SA': 'suv',
  '1FT': 'truck', '1GC': 'truck', '3C6': 'truck', '1C6': 'truck', '1GT': 'truck', '3GT': 'truck',
};
// Models the world's table files under a maker's class (luxury, sports, ev) that are SUVs all the same.
const SUV_MODEL = /^(X\d|GL[A-Z]?|Q\d|RX|XC\d+|Range Rover|Cayenne|Macan|Urus|Escalade|Model [XY]|Pacifica)$/;
const bodyOf = (m: VehicleModel): Body => (m.kind === 'suv' || SUV_MODEL.test(m.model) ? 'suv' : m.kind === 'truck' ? 'truck' : 'car');
const VIN_KEY = /^(vin|vin_?number)$/;
const MODEL_KEY = /^(model|model_?name)$/;
const VEHICLE_KEY = /^(vehicle|vehicle_?name)$/;
const BODY_KEY = /^(body_?type|body_?style|body_?class|body)$/;
// A car's body as _vin29.ts names it by class (a Prius is a hatchback, a Mustang a coupe).
const BODY_NAME: Readonly<Record<VehicleModel['kind'], string>> = { small: 'Hatchback', sedan: 'Sedan', suv: 'SUV', truck: 'Pickup', luxury: 'Sedan', sports: 'Coupe', exotic: 'Coupe', hyper: 'Coupe', hybrid: 'Hatchback', ev: 'Hatchback' };

function vinBody(obj: Json, free: (v: unknown) => boolean): void {
  const vinKey = Object.keys(obj).find((k) => VIN_KEY.test(keyWords(k)) && typeof obj[k] === 'string');
  if (vinKey === undefined) return;
  const vin = (obj[vinKey] as string).toUpperCase();
  const body = WMI_BODY[vin.slice(0, 3)] ?? 'car';
  const maker = makerOfVin29(vin);
  if (maker === undefined) return;
  const vehicleKey = Object.keys(obj).find((k) => VEHICLE_KEY.test(keyWords(k)) && typeof obj[k] === 'string');
  const shown = vehicleKey !== undefined ? /^((?:19|20)\d\d) (.+)$/.exec(obj[vehicleKey] as string) : null;
  const modelKey = Object.keys(obj).find((k) => MODEL_KEY.test(keyWords(k)) && typeof obj[k] === 'string');
  const year = shown ? Number(shown[1]) : yearOfVin(vin);
  const pick = (): VehicleModel | undefined => {
    const sold = modelsOf(maker).filter((m) => bodyOf(m) === body && m.kind !== 'hyper' && (year === undefined || (m.from <= year && (m.to ?? 9999) >= year)));
    return sold.length > 0 ? sold[hash(vin) % sold.length] : undefined;
  };
  if (shown && vehicleKey !== undefined && shown[2]!.startsWith(`${maker} `)) {
    const now = vehicleModel(maker, shown[2]!.slice(maker.length + 1));
    if (now === undefined || bodyOf(now) === body || !free(obj[vehicleKey])) return;
    const m = pick();
    if (m !== undefined) obj[vehicleKey] = `${shown[1]} ${maker} ${m.model}`;
  } else if (modelKey !== undefined) {
    const now = vehicleModel(maker, obj[modelKey] as string);
    if (now === undefined || bodyOf(now) === body || !free(obj[modelKey])) return;
    const m = pick();
    if (m === undefined) return;
    obj[modelKey] = m.model;
    const bodyKey = Object.keys(obj).find((k) => BODY_KEY.test(keyWords(k)) && typeof obj[k] === 'string');
    if (bodyKey !== undefined && free(obj[bodyKey])) obj[bodyKey] = body === 'suv' ? 'SUV' : BODY_NAME[m.kind];
  }
}

// ---- A car search names the searched make's cars ----

const QUERY_KEY = /^(q|query|term|search|search_?term|keyword|keywords|phrase|text)$/;
const CAR_MAKE_LIST = /^(car_?makes|makes|brands|car_?brands|manufacturers)$/;
const CAR_MODEL_LIST = /^(car_?models|vehicle_?models|vehicles|cars)$/;
const MAKE_NAME = /^(make_?name|brand_?name|make|brand|manufacturer|name)$/;
const MODEL_NAME = /^(model_?name|model|name)$/;

/** The make (and model) a search text names: "Nissan Leaf", "nissan", "Leaf". */
function searched(args: Readonly<Json>): { make: string; model?: VehicleModel } | undefined {
  const q = Object.entries(args).find(([k, v]) => QUERY_KEY.test(keyWords(k)) && typeof v === 'string')?.[1] as string | undefined;
  if (q === undefined || q.trim() === '' || q.length > 40) return undefined;
  const model = vehicleModel(undefined, q.trim());
  if (model !== undefined) return { make: model.make, model };
  const make = knownMake(q.trim()) ?? knownMake(q.trim().split(/\s+/)[0]!);
  return make !== undefined ? { make } : undefined;
}

function carSearch(result: unknown, args: Readonly<Json>, free: (v: unknown) => boolean): void {
  if (!isRecord(result)) return;
  const lists = Object.keys(result).filter((k) => Array.isArray(result[k]) && (CAR_MAKE_LIST.test(keyWords(k)) || CAR_MODEL_LIST.test(keyWords(k))));
  if (lists.length === 0) return;
  const hit = searched(args);
  if (hit === undefined) return;
  for (const key of lists) {
    const list = result[key] as unknown[];
    const makes = CAR_MAKE_LIST.test(keyWords(key));
    const items = list.filter(isRecord);
    const nameKey = items.length > 0 ? Object.keys(items[0]!).find((k) => (makes ? MAKE_NAME : MODEL_NAME).test(keyWords(k)) && typeof items[0]![k] === 'string') : undefined;
    if (nameKey === undefined) continue;
    // A model a pinned item names already is not named twice.
    const taken = new Set(items.filter((i) => !free(i[nameKey])).map((i) => String(i[nameKey]).toLowerCase()));
    const models = [...(hit.model ? [hit.model] : []), ...modelsOf(hit.make).filter((m) => m !== hit.model && m.kind !== 'hyper')]
      .filter((m) => !taken.has(m.model.toLowerCase()) && !taken.has(`${m.make} ${m.model}`.toLowerCase()));
    if (makes) {
      // One make is searched for: the list names it once, and nothing else that is not a car make.
      const at = items.findIndex((i) => typeof i[nameKey] === 'string' && knownMake(i[nameKey] as string) === hit.make);
      const target = at >= 0 ? at : items.findIndex((i) => free(i[nameKey]));
      if (target < 0) continue;
      if (at < 0) items[target]![nameKey] = hit.make;
      const kept = items.filter((i, n) => n === target || !free(i[nameKey]));
      list.splice(0, list.length, ...kept);
    } else {
      // Models of the make searched for, the one named first, as many as there are (the list is cut where the make has no more).
      let n = 0;
      const kept: Json[] = [];
      for (const item of items) {
        if (!free(item[nameKey])) { kept.push(item); continue; }
        const m = models[n++];
        if (m === undefined) continue;
        item[nameKey] = hit.model !== undefined && m === hit.model && /\s/.test(String(item[nameKey])) ? `${m.make} ${m.model}` : m.model;
        kept.push(item);
      }
      if (kept.length > 0) list.splice(0, list.length, ...kept);
    }
  }
}
