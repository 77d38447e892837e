/**
 * A car in a mock is a car of the world (QUALITY.md E), read from the table in `src/world/vehicles22.ts`: its make
 * and model are names, never codes ("MK-39321"); its year is one the model was sold; its cylinders, litres and
 * fuel economy are one engine of its class (a combined figure between city and highway); several results of one
 * model are told apart by their years; its generations start when the model did; a search typed as a make's first
 * letters ("pors") finds that make's models. Runs after the record agrees with itself. No randomness: the values
 * drawn pick among the table's.
 */
import { ENGINES, MAKE_CLASS, MODEL_GENERATION_STARTS, MORE_GENERATION_STARTS26, REFERENCE_DATE, knownMake, makesStartingWith, modelsOf, vehicleModel, VEHICLE_MODELS, type VehicleClass, type VehicleModel } from '../world/index.ts';
import { carProducts26 } from './_car-products26.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = snakeKey;
const CURRENT_YEAR = Number(REFERENCE_DATE.slice(0, 4));

const MAKE_KEY = /^(make|make_?name|manufacturer|maker|marque)$/;
const MODEL_KEY = /^(model|model_?name)$/;
const YEAR_KEY = /^(year|model_?year)$/;
const CYLINDERS_KEY = /^(cylinders|cylinder_?count|num_?cylinders|number_?of_?cylinders)$/;
const LITRES_KEY = /^(displacement|engine_?displacement(_?liters|_?litres|_?l)?|displacement_?l|engine_?size|displ)$/;
const CITY_KEY = /^(city_?mpg|city_?08|mpg_?city)$/;
const HIGHWAY_KEY = /^(highway_?mpg|hwy_?mpg|highway_?08|mpg_?highway)$/;
const COMBINED_KEY = /^(combined_?mpg|combination_?mpg|comb_?mpg|comb_?08|mpg_?combined)$/;
const VIN_KEY = /^(vin|vin_?number)$/;
/** "MK-39321", "MDL-97529": a reference code where a name belongs. */
export const PLACEHOLDER = /^[A-Z]{1,5}-?\d{3,}$/;
/** The first look: a key that only a car's record has. */
const CAR_KEY = /^(make|make_?name|manufacturer|cylinders|city_?mpg|highway_?mpg|combined_?mpg|model_?year|vin|engine_?displacement.*|displacement)$/;

const seedOf = (text: string): number => [...text].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 100_003, 7);
const keyOf = (obj: Json, test: RegExp): string | undefined => Object.keys(obj).find((k) => test.test(snake(k)));

export interface VehicleAsk {
  args: Readonly<Record<string, unknown>>;
  /** The search that found the id this call was given ("Chevrolet Bolt"). */
  sourceQuery?: string | undefined;
  /** The fields of the record an earlier list showed, when this call looks it up (`modelName: "Porsche 911"`). */
  known?: Readonly<Record<string, unknown>>;
  /** JSON of values the chain reads later: never changed. */
  keep: ReadonlySet<string>;
}

/** Fit every car record of a result to the world (see the file comment). */
export function fitVehicles22(result: unknown, ask: VehicleAsk): void {
  const cars: { obj: Json; list: Json[] | undefined }[] = [];
  const generations: Json[] = [];
  const lists: { key: string; items: Json[] }[] = [];
  const visit = (node: unknown, list: Json[] | undefined, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      const items = node.filter(isRecord);
      // The list itself (not a copy): a year-filtered list may be cut to its one record.
      for (const item of node) visit(item, items.length === node.length ? (node as Json[]) : undefined, depth + 1);
      return;
    }
    const obj = node as Json;
    if (Object.keys(obj).some((k) => CAR_KEY.test(snake(k)))) cars.push({ obj, list });
    for (const [k, v] of Object.entries(obj)) {
      if (Array.isArray(v) && v.length > 0 && v.every(isRecord)) {
        lists.push({ key: snake(k), items: v as Json[] });
        if (/^(generations?|model_?generations|gens)$/.test(snake(k))) generations.push(obj);
      }
      if (v !== null && typeof v === 'object') visit(v, undefined, depth + 1);
    }
  };
  visit(result, undefined, 0);
  if (cars.length === 0 && generations.length === 0 && lists.length === 0) return;
  const kinds = cars.map(({ obj }) => fitCar(obj, ask));
  const seen = new Set<Json[]>();
  const yearSent = Object.entries(ask.args).some(([k, v]) => YEAR_KEY.test(snake(k)) && /^(19|20)\d\d$/.test(String(v)));
  for (const { list } of cars) if (list !== undefined && !seen.has(list)) yearsApart(list, ask.keep, yearSent), seen.add(list);
  // Then the engine, its figures moved a little by the year each record settled on.
  cars.forEach(({ obj }, i) => fitEngine(obj, kinds[i]!, seedOf(JSON.stringify(obj[keyOf(obj, YEAR_KEY) ?? ''] ?? '') + String(i)), ask.keep));
  for (const obj of generations) modelGenerations(obj, ask);
  searchedMake(lists, ask);
  categoryNames(lists, ask);
}

const free = (obj: Json, key: string, keep: ReadonlySet<string>): boolean => !keep.has(JSON.stringify(obj[key]));
const said = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function argOf(args: Readonly<Record<string, unknown>>, test: RegExp): string | undefined {
  const hit = Object.entries(args).find(([k, v]) => test.test(snake(k)) && typeof v === 'string' && v.trim() !== '' && !PLACEHOLDER.test(v));
  return hit ? (hit[1] as string).trim() : undefined;
}

const VIN_YEARS = 'ABCDEFGHJKLMNPRSTVWXY123456789';
/** The model year a VIN's tenth character codes (A = 2010 … T = 2026, V–Y = 1997–2000, 1–9 = 2001–2009). */
export function yearOfVin(vin: unknown): number | undefined {
  if (typeof vin !== 'string' || !/^[A-HJ-NPR-Z0-9]{17}$/i.test(vin.trim())) return undefined;
  const at = VIN_YEARS.indexOf(vin.trim().charAt(9).toUpperCase());
  if (at < 0) return undefined;
  return at <= 16 ? 2010 + at : at <= 20 ? 1997 + (at - 17) : 2001 + (at - 21);
}

/** A model sold in the year given (or any), picked by the seed. */
function modelFor(seed: number, year: number | undefined, kind?: VehicleClass): VehicleModel {
  const fits = VEHICLE_MODELS.filter((m) => kind !== 'ev' && m.kind !== 'hyper' && (year === undefined || (m.from <= year && (m.to ?? CURRENT_YEAR) >= year)));
  const pool = fits.length > 0 ? fits : VEHICLE_MODELS;
  return pool[seed % pool.length]!;
}

/** One car record: names, year, engine and economy of its model (or of its make's class). */
function fitCar(obj: Json, ask: VehicleAsk): VehicleClass {
  const makeKey = keyOf(obj, MAKE_KEY);
  const modelKey = keyOf(obj, MODEL_KEY);
  const yearKey = keyOf(obj, YEAR_KEY);
  const vinKey = keyOf(obj, VIN_KEY);
  // A VIN's tenth character is its model year: the record's year and its vehicle's are that one.
  const vinYear = vinKey !== undefined ? yearOfVin(obj[vinKey]) : undefined;
  if (vinYear !== undefined && yearKey !== undefined && typeof obj[yearKey] === 'number' && obj[yearKey] !== vinYear && free(obj, yearKey, ask.keep)) obj[yearKey] = vinYear;
  const vehicleKey = vinYear !== undefined ? keyOf(obj, /^(vehicle|vehicle_?name|description)$/) : undefined;
  const shown = vehicleKey !== undefined && typeof obj[vehicleKey] === 'string' ? /^((?:19|20)\d\d) (.+)$/.exec(obj[vehicleKey] as string) : null;
  if (shown && Number(shown[1]) !== vinYear && free(obj, vehicleKey!, ask.keep)) {
    const m = modelFor(seedOf(String(obj[vinKey!])), vinYear);
    obj[vehicleKey!] = `${vinYear} ${m.make} ${m.model}`;
  }
  const year = yearKey !== undefined && typeof obj[yearKey] === 'number' ? (obj[yearKey] as number) : undefined;
  const seed = seedOf(JSON.stringify(obj[vinKey ?? ''] ?? '') + String(year ?? '') + String(obj[modelKey ?? ''] ?? ''));
  // Names: the call's make and model when it named them, else a model of the table, never a code.
  const codeMake = makeKey !== undefined && typeof obj[makeKey] === 'string' && PLACEHOLDER.test(obj[makeKey] as string) && free(obj, makeKey, ask.keep);
  const codeModel = modelKey !== undefined && typeof obj[modelKey] === 'string' && PLACEHOLDER.test(obj[modelKey] as string) && free(obj, modelKey, ask.keep);
  // Only a car's record (a VIN, an engine, a car asked for) gets a car's names.
  const car = vinKey !== undefined || Object.keys(ask.args).some((k) => VIN_KEY.test(snake(k)) || MAKE_KEY.test(snake(k))) || Object.keys(obj).some((k) => CYLINDERS_KEY.test(snake(k)) || CITY_KEY.test(snake(k)));
  if (car && (codeMake || codeModel)) {
    const askedMake = argOf(ask.args, MAKE_KEY);
    const askedModel = argOf(ask.args, MODEL_KEY);
    const make = codeMake ? askedMake : said(obj[makeKey!]);
    const pick = (askedModel !== undefined ? vehicleModel(make ?? askedMake, askedModel) : undefined) ?? (make !== undefined && modelsOf(make).length > 0 ? modelsOf(make)[seed % modelsOf(make).length] : undefined) ?? modelFor(seed, year);
    if (codeMake) obj[makeKey!] = make ?? pick.make;
    if (codeModel) obj[modelKey!] = askedModel ?? pick.model;
  }
  const make = makeKey !== undefined ? said(obj[makeKey]) : argOf(ask.args, MAKE_KEY);
  const modelName = modelKey !== undefined ? said(obj[modelKey]) : argOf(ask.args, MODEL_KEY);
  const model = modelName !== undefined ? vehicleModel(make, modelName) : undefined;
  if (model !== undefined && yearKey !== undefined && year !== undefined && free(obj, yearKey, ask.keep)) {
    const last = model.to ?? CURRENT_YEAR;
    if (year < model.from || year > last) obj[yearKey] = model.from + (Math.abs(year) % (last - model.from + 1));
  }
  // A body of its class: no Highlander coupe.
  const bodyKey = keyOf(obj, BODY_KEY);
  if (model !== undefined && bodyKey !== undefined && typeof obj[bodyKey] === 'string' && free(obj, bodyKey, ask.keep)) obj[bodyKey] = BODY[model.kind];
  return model?.kind ?? (make !== undefined ? MAKE_CLASS[knownMake(make) ?? ''] : undefined) ?? 'sedan';
}

const BODY_KEY = /^(body_?type|body_?style|body_?class|body)$/;
const BODY: Readonly<Record<VehicleClass, string>> = { small: 'Hatchback', sedan: 'Sedan', suv: 'SUV', truck: 'Pickup', luxury: 'Sedan', sports: 'Coupe', exotic: 'Coupe', hyper: 'Coupe', hybrid: 'Hatchback', ev: 'Hatchback' };


/** Cylinders, litres and economy of one engine of the class; a figure's form (number, text, cc) is kept. */
function fitEngine(obj: Json, kind: VehicleClass, seed: number, keep: ReadonlySet<string>): void {
  const cyl = keyOf(obj, CYLINDERS_KEY);
  const litres = keyOf(obj, LITRES_KEY);
  const city = keyOf(obj, CITY_KEY);
  const highway = keyOf(obj, HIGHWAY_KEY);
  const combined = keyOf(obj, COMBINED_KEY);
  if (cyl === undefined && litres === undefined && city === undefined && highway === undefined) return;
  const engines = ENGINES[kind];
  // Figures already of one engine of the class (a recorded sample: 16 cylinders, 8 litres, 9 and 14 mpg) stay.
  const at = (k: string | undefined): number | undefined => (k === undefined ? undefined : typeof obj[k] === 'number' ? (obj[k] as number) : typeof obj[k] === 'string' && /^\d+(\.\d+)?$/.test((obj[k] as string).trim()) ? Number(obj[k]) : undefined);
  const [nc, nl, ncity, nh, nm] = [at(cyl), at(litres), at(city), at(highway), at(combined)];
  const near = (a: number | undefined, b: number, by: number): boolean => a === undefined || Math.abs(a - b) <= by;
  const fits = engines.some((e) => near(nc, e.cylinders, 0) && (nl === undefined || nl > 100 ? near(nl, e.displacement * 1000, 60) : near(nl, e.displacement, 0.2)) && near(ncity, e.city, 2) && near(nh, e.highway, 2));
  if (fits && (nm === undefined || ncity === undefined || nh === undefined || (nm >= Math.min(ncity, nh) && nm <= Math.max(ncity, nh)))) return;
  // An engine the record already has (its cylinders) is kept when the class has it.
  const drawn = cyl !== undefined && typeof obj[cyl] === 'number' ? engines.filter((e) => e.cylinders === obj[cyl]) : [];
  const engine = (drawn.length > 0 ? drawn : engines)[seed % (drawn.length > 0 ? drawn.length : engines.length)]!;
  // A year or trim moves the figures by a mile per gallon or so.
  const shift = (seed % 3) - 1;
  const set = (key: string | undefined, value: number): void => {
    if (key === undefined || !free(obj, key, keep)) return;
    const before = obj[key];
    if (typeof before === 'number') obj[key] = Number.isInteger(before) && Number.isInteger(value) ? value : Number(value.toFixed(1));
    else if (typeof before === 'string' && /^\d+(\.\d+)?$/.test(before.trim())) obj[key] = /\./.test(before) ? value.toFixed(1) : String(Math.round(value));
  };
  set(cyl, engine.cylinders);
  if (litres !== undefined) {
    const before = obj[litres];
    const cc = /cc$/.test(snake(litres)) || (typeof before === 'number' && before > 100);
    set(litres, cc ? Math.round(engine.displacement * 1000) - 2 : engine.displacement);
  }
  const c = Math.max(1, engine.city + shift);
  const h = Math.max(1, engine.highway + shift);
  set(city, c);
  set(highway, h);
  // The combined rating weighs town 55 %, highway 45 %.
  set(combined, Math.round(0.55 * c + 0.45 * h));
}

/** Several records of one model (three Chirons) are of different years, so a reply can tell them apart. */
function yearsApart(list: Json[], keep: ReadonlySet<string>, yearSent: boolean): void {
  if (list.length < 2) return;
  const first = list[0]!;
  const makeKey = keyOf(first, MAKE_KEY);
  const modelKey = keyOf(first, MODEL_KEY);
  const yearKey = keyOf(first, YEAR_KEY);
  if (modelKey === undefined || yearKey === undefined) return;
  const same = list.every((o) => o[modelKey] === first[modelKey] && (makeKey === undefined || o[makeKey] === first[makeKey]) && typeof o[yearKey] === 'number');
  if (!same || new Set(list.map((o) => o[yearKey])).size === list.length) return;
  if (list.some((o) => !free(o, yearKey, keep))) return;
  // A call that named the year gets that year's record alone (its filter holds), never other years beside it.
  if (yearSent) {
    list.splice(1);
    return;
  }
  const model = vehicleModel(makeKey !== undefined ? said(first[makeKey]) : undefined, String(first[modelKey]));
  const last = model?.to ?? CURRENT_YEAR;
  const from = model?.from ?? last - 10;
  // Newest first, a year apart, inside the years the model was sold.
  const years = [...new Set(list.map((o) => o[yearKey] as number))].sort((a, b) => b - a);
  const used = new Set<number>();
  for (const o of list) {
    let y = o[yearKey] as number;
    if (used.has(y)) {
      y = years.find((x) => !used.has(x)) ?? last;
      while (used.has(y) && y > from) y--;
      while (used.has(y)) y++;
    }
    used.add(y);
    o[yearKey] = y;
  }
}

const START = /^(start_?year|year_?start|from_?year|year_?from|start|from|production_?start|begin_?year)$/;
const END = /^(end_?year|year_?end|to_?year|year_?to|end|to|production_?end|finish_?year)$/;

/** A known model's generations share out the years it was sold, the last ending when it did (or running on). */
function modelGenerations(obj: Json, ask: VehicleAsk): void {
  // The model the list showed ("Porsche 911" found by "pors"), else the search that found it, else the call's make and model.
  const shown = Object.entries(ask.known ?? {}).find(([k, v]) => /^(model_?name|name|title)$/.test(snake(k)) && typeof v === 'string')?.[1] as string | undefined;
  const named = [shown, ask.sourceQuery, [argOf(ask.args, MAKE_KEY), argOf(ask.args, MODEL_KEY)].filter(Boolean).join(' ')];
  const model = named.map((n) => (n ? vehicleModel(undefined, n) : undefined)).find((m) => m !== undefined);
  if (model === undefined) return;
  for (const [key, list] of Object.entries(obj)) {
    if (!/^(generations?|model_?generations|gens)$/.test(snake(key)) || !Array.isArray(list) || !list.every(isRecord)) continue;
    const items = list as Json[];
    const startKey = keyOf(items[0]!, START);
    const endKey = keyOf(items[0]!, END);
    if (startKey === undefined || items.some((g) => typeof g[startKey] !== 'number' || !free(g, startKey, ask.keep))) continue;
    const last = model.to ?? CURRENT_YEAR;
    const span = last - model.from + 1;
    // A generation is built for four years or more: a model sold seven years had one or two, never three.
    const n = Math.max(1, Math.min(items.length, Math.floor(span / 4)));
    if (n < items.length) items.splice(n);
    // A model sold for decades (the 911 since 1965) had more generations than listed: these are its latest, about
    // seven years each, numbered on from the earlier ones.
    const long = span / n > 9;
    const first = long ? last + 1 - n * 7 : model.from;
    const width = long ? n * 7 : span;
    const numberKey = keyOf(items[0]!, /^(generation|gen|generation_?number|number)$/);
    if (realGenerations24(items, model, startKey, endKey, numberKey, (g, k) => free(g, k, ask.keep))) continue; // a Mustang's own
    const earlier = long ? Math.round((first - model.from) / 7) : 0;
    items.forEach((g, i) => {
      const from = first + Math.floor((i * width) / n);
      const to = i === n - 1 ? last : first + Math.floor(((i + 1) * width) / n) - 1;
      g[startKey] = from;
      if (numberKey !== undefined && typeof g[numberKey] === 'number' && free(g, numberKey, ask.keep)) g[numberKey] = earlier + i + 1;
      if (endKey !== undefined && (typeof g[endKey] === 'number' || g[endKey] === null) && free(g, endKey, ask.keep)) g[endKey] = i === n - 1 && model.to === undefined && g[endKey] === null ? null : Math.max(from, to);
    });
  }
}

/** The model's real generations (MODEL_GENERATION_STARTS), its latest as many as listed; false when it has none there. */
function realGenerations24(items: Json[], model: { make: string; model: string; to?: number }, startKey: string, endKey: string | undefined, numberKey: string | undefined, isFree: (g: Json, k: string) => boolean): boolean {
  const key = `${model.make}|${model.model}`.toLowerCase();
  const starts = MODEL_GENERATION_STARTS[key] ?? MORE_GENERATION_STARTS26[key];
  if (starts === undefined) return false;
  if (items.length > starts.length) items.splice(starts.length);
  const from = starts.length - items.length;
  items.forEach((g, i) => {
    const at = from + i;
    g[startKey] = starts[at]!;
    if (numberKey !== undefined && typeof g[numberKey] === 'number' && isFree(g, numberKey)) g[numberKey] = at + 1;
    if (endKey !== undefined && (typeof g[endKey] === 'number' || g[endKey] === null) && isFree(g, endKey)) g[endKey] = at + 1 < starts.length ? starts[at + 1]! - 1 : g[endKey] === null ? null : (model.to ?? CURRENT_YEAR);
  });
  return true;
}

const QUERY_ARG = /^(q|query|search|term|keyword|keywords|search_?term|search_?query)$/;
const NAME_KEY = /^(name|model_?name|make_?name|brand_?name|title)$/;

/** A search typed as a make's first letters ("pors"): its lists of models are that make's, its makes lead with it. */
function searchedMake(lists: readonly { key: string; items: Json[] }[], ask: VehicleAsk): void {
  const q = argOf(ask.args, QUERY_ARG);
  if (q === undefined) return;
  if (q.includes(' ')) return searchedModel(lists, q, ask);
  const make = knownMake(q) ?? (makesStartingWith(q).length === 1 ? makesStartingWith(q)[0] : undefined);
  if (make === undefined) return;
  const models = modelsOf(make);
  // Its lists of makes lead with it (no NIO, Maruti and Honda for "pors").
  for (const { key, items } of lists) {
    if (!/(^|_)(car_?)?(makes|brands|manufacturers)$/.test(key)) continue;
    const nameKey = keyOf(items[0]!, NAME_KEY);
    if (nameKey === undefined || typeof items[0]![nameKey] !== 'string' || !free(items[0]!, nameKey, ask.keep)) continue;
    if (!items.some((o) => typeof o[nameKey] === 'string' && knownMake(o[nameKey] as string) === make)) items[0]![nameKey] = make;
  }
  for (const { key, items } of lists) {
    if (!/model/.test(key) || /make|brand/.test(key) || models.length === 0) continue;
    const nameKey = keyOf(items[0]!, NAME_KEY);
    if (nameKey === undefined || items.some((o) => typeof o[nameKey] !== 'string' || !free(o, nameKey, ask.keep))) continue;
    if (items.some((o) => (o[nameKey] as string).toLowerCase().startsWith(make.toLowerCase()))) continue;
    // A model of that make already listed ("Boxster") keeps its name, with its make; the others are its other models.
    const own = items.map((o) => vehicleModel(make, o[nameKey] as string)?.model);
    const others = models.map((m) => m.model).filter((m) => !own.includes(m));
    let next = 0;
    items.forEach((o, i) => {
      o[nameKey] = `${make} ${own[i] ?? others[next++ % Math.max(1, others.length)] ?? models[0]!.model}`;
    });
  }
}

/** A search naming a model ("Nissan Leaf") finds it first among the car models, not an Explorer. */
function searchedModel(lists: readonly { key: string; items: Json[] }[], q: string, ask: VehicleAsk): void {
  const model = vehicleModel(undefined, q);
  if (model === undefined) return;
  for (const { key, items } of lists) {
    if (!/model/.test(key) || /make|brand/.test(key)) continue;
    const nameKey = keyOf(items[0]!, NAME_KEY);
    if (nameKey === undefined || typeof items[0]![nameKey] !== 'string' || !free(items[0]!, nameKey, ask.keep)) continue;
    if (items.some((o) => typeof o[nameKey] === 'string' && (o[nameKey] as string).toLowerCase().includes(model.model.toLowerCase()))) continue;
    items[0]![nameKey] = `${model.make} ${model.model}`;
  }
}

const GROUP_NAME = /^(product_?group_?name|group_?name|category_?name|name)$/;
const PLURAL_NAME = /^(plural_?name)$/;
const SINGULAR_NAME = /^(singular_?name)$/;
/** What a search about a car finds in a store's catalog: things for a car, each named in its plural and singular. */
const CAR_GOODS: ReadonlyArray<readonly [string, string]> = [['Convertible Car Seats', 'Convertible Car Seat'], ['Tires', 'Tire'], ['Car Batteries', 'Car Battery'], ['Motor Oils', 'Motor Oil'], ['Dash Cams', 'Dash Cam'], ['Car Waxes', 'Car Wax'], ['Jump Starters', 'Jump Starter'], ['Wiper Blades', 'Wiper Blade']];
const CAR_GOOD = /\b(car|cars|tires?|auto|vehicle|motor|wiper|dash)\b/i;
const singularOf = (plural: string): string => (/(news|ics|ing|ss|us)$/i.test(plural) ? plural : plural.replace(/ies$/, 'y').replace(/(ch|sh|x|ss)es$/, '$1').replace(/(?<!s)s$/, ''));

/**
 * A product category names one kind of goods in each of its name fields ("Clothing" is never plural "Convertible
 * Car Seats" and singular "Travel"); of a search about a car (a make, a model), the categories are goods for a car,
 * each once.
 */
function categoryNames(lists: readonly { key: string; items: Json[] }[], ask: VehicleAsk): void {
  const q = argOf(ask.args, QUERY_ARG);
  const aboutCar = q !== undefined && (knownMake(q.split(' ')[0]!) !== undefined || vehicleModel(undefined, q) !== undefined || (!q.includes(' ') && makesStartingWith(q).length === 1));
  for (const { key, items } of lists) {
    if (!/categor|product_?group/.test(key)) continue;
    const first = items[0]!;
    const group = keyOf(first, GROUP_NAME);
    const plural = keyOf(first, PLURAL_NAME);
    const singular = keyOf(first, SINGULAR_NAME);
    if (group === undefined || (plural === undefined && singular === undefined)) continue;
    const used = new Set<string>();
    for (const item of items) {
      if (typeof item[group] !== 'string' || !free(item, group, ask.keep)) continue;
      let name = item[group] as string;
      if (aboutCar && (!CAR_GOOD.test(name) || used.has(name))) name = CAR_GOODS.find(([p]) => !used.has(p))?.[0] ?? name;
      used.add(name);
      item[group] = name;
      const one = CAR_GOODS.find(([p]) => p === name)?.[1] ?? singularOf(name);
      if (plural !== undefined && typeof item[plural] === 'string' && free(item, plural, ask.keep)) item[plural] = name;
      if (singular !== undefined && typeof item[singular] === 'string' && free(item, singular, ask.keep)) item[singular] = one;
    }
  }
  if (aboutCar) carProducts26(lists, (obj, key) => free(obj, key, ask.keep));
}
