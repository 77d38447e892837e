/**
 * Facts of one record that must agree with each other (QUALITY.md E), settled once a result is otherwise final:
 * the tickets of one order sit in one section (the held offer's); what ends on the day it starts ends after it
 * starts; wind chill is never above the temperature; a forecast's `day` is a weekday, not its date again; a full
 * closure blocks the road; an item's price with tax is its price without tax plus the tax, its base price the
 * price without tax. Values the call sent or a chain reads (`keep`, as JSON) never change. No randomness.
 */

import { carMakerCategories } from './_car-brands17.ts';
import { inCurrency, inDollars, minorUnits } from './_money.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { placeSlugGrid29 } from './_place-slugs-grid29.ts';

/** A list of what one order or hold issued (tickets, seats). */
const ISSUED = /^(tickets?|seats?|issued_?tickets|ticket_?list|seat_?list)$/i;
const SECTION = /^(section|section_?(name|id|code))$/i;
const CLOCK = /^(\d{2}):(\d{2})(:\d{2})?$/;
const START = /^(start|starts|begin|begins|start_?(time|at|hour)|begin_?time|starts_?at|time_?start|event_?start)$/i;
const END = /^(end|ends|finish|end_?(time|at|hour)|finish_?time|ends_?at|time_?end|event_?end)$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CHILL = /^(wind_?chill|chill|windchill|feels_?like_?chill)$/i;
const TEMPERATURE = /^(temp|temperature|temp_?[cf]|temperature_?[cf]|air_?temp(erature)?)$/i;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const BLOCKED = /^(is_?blocked|blocked|is_?closed|closed)$/i;
const FULL_CLOSURE = /\b(full(y)? clos(ure|ed)|road closed|closed in both directions)\b/i;
/** `price_ex_tax`, `total_inc_tax`, `cost_price_excl_tax`: one amount with and without its tax. */
const TAXED = /^(.*?)_?(ex|excl|excluding|inc|incl|including)_?tax$/i;

const PRICE_STRING = /(^|_)(price|cost|amount|total|subtotal|fee)$/;
const MONEY_TEXT = /^([$€£¥₩₹]|[A-Z]{1,2}\$)?\s?(\d[\d,]*(\.\d+)?)$/;
const SYMBOL: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', KRW: '₩', INR: '₹', CNY: '¥', BRL: 'R$', AUD: 'A$', CAD: 'CA$' };

const wordsOf = snakeKey;

/** Every record of `result`, deepest first. */
export function fitPlaceFacts(result: unknown, keep: ReadonlySet<string>): void {
  visit(result, keep, 0);
}

function visit(value: unknown, keep: ReadonlySet<string>, depth: number): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, keep, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (!v || typeof v !== 'object') continue;
    visit(v, keep, depth + 1);
    if (Array.isArray(v) && v.length > 1 && ISSUED.test(k)) oneSection(v, keep);
    if (Array.isArray(v) && v.length > 1) onePriceForm(v, keep);
    if (Array.isArray(v) && SEGMENT_LIST.test(k)) segmentNames(v, keep);
    if (Array.isArray(v) && v.length > 1 && HISTORY.test(k) && Object.keys(record).some((x) => TRACKED.test(wordsOf(x)))) trackingInOrder(v, record, keep);
    if (!Array.isArray(v) && PRICE_RANGE.test(wordsOf(k))) rangeInCurrency(v as Record<string, unknown>, record, keep);
  }
  endAfterStart(record, keep);
  chillBelowTemperature(record, keep);
  weekdayOfForecast(record, keep);
  closureBlocks(record, keep);
  taxedPrices(record, keep);
  pricesInCurrency(record, keep);
  fightCard(record, keep);
  slugOfName(record, keep);
  placeSlugGrid29(record, keep); // a place's url slug is its own name's (_place-slugs-grid29.ts)
  carMakerCategories(record, keep);
  prefixedSlugs(record, keep);
  coordinateOfPoint(record, keep);
  timeOfEpoch(record, keep);
}

const kept = (keep: ReadonlySet<string>, value: unknown): boolean => keep.has(JSON.stringify(value));

/** The tickets one purchase or hold issued come from one offer: its section (the first ticket's) is theirs all. */
function oneSection(items: unknown[], keep: ReadonlySet<string>): void {
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  const key = Object.keys(first).find((k) => SECTION.test(k) && typeof (first as Record<string, unknown>)[k] === 'string');
  if (key === undefined) return;
  const pinned = items.find((item) => item && typeof item === 'object' && kept(keep, (item as Record<string, unknown>)[key]));
  const section = ((pinned ?? first) as Record<string, unknown>)[key];
  for (const item of items) {
    if (!item || typeof item !== 'object' || typeof (item as Record<string, unknown>)[key] !== 'string') continue;
    if (!kept(keep, (item as Record<string, unknown>)[key])) (item as Record<string, unknown>)[key] = section;
  }
}

const minutesOf = (m: RegExpExecArray): number => Number(m[1]) * 60 + Number(m[2]);
const clock = (minutes: number, seconds: string): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}${seconds}`;

/** A start and an end of one day (clock times, or date-times on one date): the end comes after the start. */
function endAfterStart(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  let start: string | undefined;
  let end: string | undefined;
  for (const [k, v] of Object.entries(record)) {
    if (typeof v !== 'string') continue;
    const w = wordsOf(k);
    if (start === undefined && START.test(w)) start = k;
    else if (end === undefined && END.test(w)) end = k;
  }
  if (start === undefined || end === undefined) return;
  const a = record[start] as string;
  const b = record[end] as string;
  if (kept(keep, b) && kept(keep, a)) return;
  const ca = CLOCK.exec(a);
  const cb = CLOCK.exec(b);
  if (ca && cb) {
    const from = minutesOf(ca);
    const to = minutesOf(cb);
    if (to > from) return;
    // Two hours on (an event, a fight card); a start too late for that moves back so both stay in the day.
    if (!kept(keep, b)) {
      const begin = kept(keep, a) ? from : Math.min(from, 21 * 60 + 30);
      if (!kept(keep, a)) record[start] = clock(begin, ca[3] ?? '');
      record[end] = clock(Math.min(begin + 120, 23 * 60 + 45), cb[3] ?? '');
    } else record[start] = clock(Math.max(0, to - 120), ca[3] ?? '');
    return;
  }
  if (ISO_TIME.test(a) && ISO_TIME.test(b) && a.slice(0, 10) === b.slice(0, 10) && b.slice(11) < a.slice(11) && !kept(keep, a) && !kept(keep, b)) {
    record[start] = `${a.slice(0, 11)}${b.slice(11)}`;
    record[end] = `${b.slice(0, 11)}${a.slice(11)}`;
  }
}

/** Wind chill is the temperature felt in the wind: never above the temperature (next to it or one level up). */
function chillBelowTemperature(record: Record<string, unknown>, keep: ReadonlySet<string>, temperature?: number): void {
  const chillKey = Object.keys(record).find((k) => CHILL.test(wordsOf(k)) && typeof record[k] === 'number');
  const tempKey = Object.keys(record).find((k) => TEMPERATURE.test(wordsOf(k)) && typeof record[k] === 'number');
  const temp = tempKey !== undefined ? (record[tempKey] as number) : temperature;
  if (chillKey !== undefined && temp !== undefined) {
    const chill = record[chillKey] as number;
    if (chill > temp && !kept(keep, chill)) record[chillKey] = Number.isInteger(temp) ? temp - (Math.abs(chill - temp) % 6) : Math.round((temp - 1.5) * 10) / 10;
    return;
  }
  // Yahoo-style: `wind: {chill}` beside `condition: {temperature}` in one observation.
  const wind = Object.values(record).find((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).some((k) => CHILL.test(wordsOf(k))));
  if (!wind) return;
  for (const v of Object.values(record)) {
    if (!v || typeof v !== 'object' || Array.isArray(v) || v === wind) continue;
    const t = Object.entries(v).find(([k, x]) => TEMPERATURE.test(wordsOf(k)) && typeof x === 'number')?.[1] as number | undefined;
    if (t !== undefined) return chillBelowTemperature(wind, keep, t);
  }
}

/** A forecast's `day` is its weekday ("Mon"), never its date written again beside `date`. */
function weekdayOfForecast(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const day = record.day;
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(day) || kept(keep, day)) return;
  const date = record.date;
  if (date === undefined) return;
  const ms = typeof date === 'number' ? (date < 1e11 ? date * 1000 : date) : typeof date === 'string' ? Date.parse(date) : Number.NaN;
  const at = Number.isNaN(ms) ? Date.parse(day.slice(0, 10)) : ms;
  if (!Number.isNaN(at)) record.day = WEEKDAYS[new Date(at).getUTCDay()];
}

/** A record titled as a full closure blocks the road: its `isBlocked` says so (a CLOSURE item may be a lane closure). */
function closureBlocks(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const key = Object.keys(record).find((k) => BLOCKED.test(wordsOf(k)) && (record[k] === false || record[k] === 'false'));
  if (key === undefined || kept(keep, record[key])) return;
  const says = [record.title, record.name, record.subject].filter((v) => typeof v === 'string').join(' ');
  if (!FULL_CLOSURE.test(says) || /lane|partial|teil/i.test(says)) return;
  record[key] = typeof record[key] === 'string' ? 'true' : true;
}

const amountOf = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined);
const written = (like: unknown, n: number): number | string => {
  if (typeof like === 'number') return Math.round(n * 100) / 100;
  const places = /\.(\d+)$/.exec(like as string)?.[1]?.length ?? 2;
  return (Math.round(n * 100) / 100).toFixed(places);
};

/**
 * One amount with and without tax (`price_ex_tax`, `price_inc_tax`, `price_tax`, `base_price`): the amount with
 * tax is the one without plus the tax, the tax a share of it below a third, the base the amount without tax.
 */
function taxedPrices(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const stems = new Map<string, { ex?: string; inc?: string }>();
  for (const k of Object.keys(record)) {
    const m = TAXED.exec(wordsOf(k));
    if (!m || amountOf(record[k]) === undefined) continue;
    const entry = stems.get(m[1]!) ?? {};
    if (/^ex/i.test(m[2]!)) entry.ex = k;
    else entry.inc = k;
    stems.set(m[1]!, entry);
  }
  for (const [stem, { ex, inc }] of stems) {
    if (ex === undefined || inc === undefined) continue;
    const exAmount = amountOf(record[ex])!;
    const incAmount = amountOf(record[inc])!;
    const taxKey = Object.keys(record).find((k) => wordsOf(k) === `${stem}_tax` && amountOf(record[k]) !== undefined);
    const baseKey = Object.keys(record).find((k) => wordsOf(k) === `base_${stem}` && amountOf(record[k]) !== undefined);
    const fine = incAmount >= exAmount && incAmount <= exAmount * 1.35 + 0.01;
    if (!fine && !kept(keep, record[inc])) {
      const rate = [0, 0.05, 0.1, 0.2][Math.round(exAmount * 100) % 4]!;
      record[inc] = written(record[inc], exAmount * (1 + rate));
    }
    const tax = amountOf(record[inc])! - exAmount;
    if (taxKey !== undefined && !kept(keep, record[taxKey])) record[taxKey] = written(record[taxKey], tax);
    if (baseKey !== undefined && !kept(keep, record[baseKey])) {
      const base = amountOf(record[baseKey])!;
      if (base < exAmount * 0.8 || base > amountOf(record[inc])! * 1.2) record[baseKey] = written(record[baseKey], exAmount);
    }
  }
}

/**
 * Prices written as text beside a currency code are in that currency, all written one way: never "11141" beside
 * "¥475.00" with `currency: "USD"`. A whole number of thousands in a currency with cents is in minor units.
 */
function pricesInCurrency(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const currency = Object.entries(record).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v))?.[1] as string | undefined;
  if (currency === undefined) return;
  const digits = minorUnits(currency);
  for (const [k, v] of Object.entries(record)) {
    if (typeof v !== 'string' || !PRICE_STRING.test(wordsOf(k)) || kept(keep, v)) continue;
    const m = MONEY_TEXT.exec(v.trim());
    // A plain decimal ("12.50") is an amount, not a text; a bare whole number is a text only for a price.
    if (!m || (m[1] === undefined && (m[3] !== undefined || !/price/.test(wordsOf(k))))) continue;
    let amount = Number(m[2]!.replace(/,/g, ''));
    if (m[1] === undefined && m[3] === undefined && digits > 0 && amount >= 1000) amount /= 10 ** digits;
    const symbol = SYMBOL[currency];
    const text = amount.toFixed(digits);
    record[k] = symbol !== undefined ? `${symbol}${text}` : `${text} ${currency}`;
  }
}

const CARD_SIGN = /^(promotion|fights|bouts|enclosure_[a-z_]+|main_event)$/;
const DRAWN_TITLE = /\b(Festival|Week|Fair|Showcase|Expo|Conference|Summit|Marathon)$/;
const hashOf = (text: string): number => {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
};

/**
 * A fight card (it has a promotion, fights or an enclosure) is titled as one ("Attitude MMA Fights 27"), never
 * "Brussels Design Festival" held in Stockholm; its cage has 4–10 sides and a diameter of 16–40 feet; its venue seats
 * more than a handful.
 */
function fightCard(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const keys = Object.keys(record);
  if (!keys.some((k) => CARD_SIGN.test(wordsOf(k)))) return;
  const titleKey = keys.find((k) => /^(title|name|event_?name)$/.test(wordsOf(k)) && typeof record[k] === 'string');
  const title = titleKey === undefined ? undefined : (record[titleKey] as string);
  if (titleKey !== undefined && title !== undefined && DRAWN_TITLE.test(title) && !kept(keep, title)) {
    const promotion = typeof record.promotion === 'string' ? record.promotion : undefined;
    const place = keys.map((k) => record[k]).find((v, i) => /^(location|city)$/.test(wordsOf(keys[i]!)) && typeof v === 'string') as string | undefined;
    record[titleKey] = promotion !== undefined ? `${promotion} ${10 + (hashOf(title) % 90)}` : `Fight Night${place !== undefined ? ` ${place}` : ''} ${10 + (hashOf(title) % 90)}`;
  }
  for (const k of keys) {
    const w = wordsOf(k);
    const v = record[k];
    if (typeof v !== 'number' || kept(keep, v)) continue;
    if (w === 'enclosure_sides' && (v < 4 || v > 10)) record[k] = record.enclosureType === 'ring' || record.enclosure_type === 'ring' ? 4 : 8;
    else if (w === 'enclosure_diameter' && (v < 16 || v > 40)) record[k] = 16 + (v % 25);
    else if (w === 'venue_capacity' && v < 100) record[k] = 500 + ((v * 397) % 19_500);
  }
}

const slugify = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** A record's slug is its own name's ("MotoGP" → "motogp"), never another record's ("nascar") nor random words. */
function slugOfName(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const slug = record.slug;
  const name = typeof record.name === 'string' ? record.name : typeof record.title === 'string' ? record.title : undefined;
  if (typeof slug !== 'string' || name === undefined || kept(keep, slug) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return;
  const own = slugify(name);
  if (own.length >= 2 && own.length <= 60 && !slug.startsWith(own) && !own.startsWith(slug)) record.slug = own;
}

const SUBJECT_KEY = /^(subject|genre|topic)_?[kK]ey$/;
const PREFIXED_SLUG = /^([a-z][a-zA-Z]*?)_?(SlugName|Slug|slug_name|slug)$/;
/**
 * A `<thing>SlugName`/`<thing>_slug` beside its `<thing>Name` is that name's slug ("Hyundai" → "hyundai"), never
 * another brand's name ("Bandopadhyay Digital", rapidapi #275) nor another record's slug.
 */
function prefixedSlugs(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  // A subject's key beside its name is the name's ("Biography" → "biography"), never another subject's ("science_fiction").
  const subjectKey = Object.keys(record).find((k) => SUBJECT_KEY.test(k) && typeof record[k] === 'string' && /^[a-z0-9]+(_[a-z0-9]+)*$/.test(record[k] as string));
  if (subjectKey !== undefined && typeof record.name === 'string' && !kept(keep, record[subjectKey])) {
    const own = slugify(record.name).replace(/-/g, '_');
    if (own.length >= 2 && own.length <= 60) record[subjectKey] = own;
  } else if (subjectKey !== undefined && typeof record.name === 'string' && !kept(keep, record.name) && slugify(record.name).replace(/-/g, '_') !== record[subjectKey]) {
    // A kept key (the chain reads it) names the subject: its name follows ("romance" → "Romance").
    const words = (record[subjectKey] as string).replace(/_/g, ' ');
    record.name = words.charAt(0).toUpperCase() + words.slice(1);
  }
  for (const key of Object.keys(record)) {
    const m = PREFIXED_SLUG.exec(key);
    const value = record[key];
    if (m === null || typeof value !== 'string' || kept(keep, value)) continue;
    const prefix = m[1]!;
    const name = [`${prefix}Name`, `${prefix}_name`, `${prefix}Title`, `${prefix}_title`].map((k) => record[k]).find((v): v is string => typeof v === 'string');
    if (name === undefined) continue;
    const own = slugify(name);
    if (own.length >= 2 && own.length <= 60 && value !== own) record[key] = own;
  }
}

/** Offers listed together write their prices one way: when one is "$475.00", none is a bare "323.42". */
function onePriceForm(items: unknown[], keep: ReadonlySet<string>): void {
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  for (const key of Object.keys(first)) {
    if (!/price/.test(wordsOf(key))) continue;
    const texts = items.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined));
    const symbolForm = texts.find((t): t is string => typeof t === 'string' && /^([$€£¥₩₹]|[A-Z]{1,2}\$)\d/.test(t));
    if (symbolForm === undefined) continue;
    const symbol = /^([$€£¥₩₹]|[A-Z]{1,2}\$)/.exec(symbolForm)![1]!;
    const decimals = /\.(\d+)$/.exec(symbolForm)?.[1]?.length ?? 0;
    items.forEach((item, i) => {
      const t = texts[i];
      if (typeof t !== 'string' || !/^\d+(\.\d+)?$/.test(t) || kept(keep, t)) return;
      (item as Record<string, unknown>)[key] = `${symbol}${Number(t).toFixed(decimals)}`;
    });
  }
}

const PRICE_RANGE = /^(price_?range|prices|price_?band)$/;

/**
 * A price range in a currency worth far less than a dollar is on that currency's scale: a concert in Budapest costs
 * 10 000–26 000 HUF, never 29.25–71.35 HUF (amounts drawn on a dollar's scale and left there).
 */
function rangeInCurrency(range: Record<string, unknown>, owner: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const code = [range, owner].map((o) => Object.entries(o).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v))?.[1]).find((c) => c !== undefined) as string | undefined;
  if (code === undefined) return;
  const keys = Object.keys(range).filter((k) => /^(min|max|minimum|maximum|low|high|from|to)$/i.test(k) && typeof range[k] === 'number' && !kept(keep, range[k]));
  if (keys.length === 0 || inCurrency(1, code) < 20) return;
  const top = Math.max(...keys.map((k) => range[k] as number));
  if (inDollars(top, code) >= 3) return;
  // Thousands of a unit are priced in round tens (4 520 KES, not 4 518.8).
  for (const k of keys) range[k] = Math.round(inCurrency(range[k] as number, code) / 10) * 10;
}

const SEGMENT_LIST = /^(segments|classifications|segment_?list)$/i;
const SEGMENTS = ['Music', 'Sports', 'Arts & Theatre', 'Film', 'Family', 'Comedy', 'Miscellaneous'];

/** Segments (classifications of events) are named as such ("Music", "Sports"), never like an event ("Austin Film Fair"). */
function segmentNames(items: unknown[], keep: ReadonlySet<string>): void {
  const used = new Set<string>();
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const rec = item as Record<string, unknown>;
    const id = Object.entries(rec).find(([k]) => /^segment_?id$/i.test(k))?.[1];
    if (typeof rec.name !== 'string' || kept(keep, rec.name)) continue;
    if (SEGMENTS.includes(rec.name) && !used.has(rec.name)) {
      used.add(rec.name);
      continue;
    }
    const named = typeof id === 'string' ? SEGMENTS.find((s) => id.toLowerCase().includes(s.toLowerCase().split(' ')[0]!)) : undefined;
    const free = SEGMENTS.filter((s) => !used.has(s));
    const name = named !== undefined && !used.has(named) ? named : free[hashOf(rec.name) % Math.max(1, free.length)];
    if (name === undefined) continue;
    rec.name = name;
    used.add(name);
  }
}

const HISTORY = /^(events|tracking_?events|trackingEvents|history|checkpoints|scans|tracking_?history|trackingHistory|updates)$/;
const TRACKED = /^(tracking_?number|tracking_?id|tracking_?code|shipment_?id|carrier|waybill|parcel_?id|awb)$/;
const AT = /^(at|timestamp|time|date|datetime|date_?time|occurred_?at|event_?time|scanned_?at)$/;
const EXPECTED = /^(estimated_?delivery|expected_?delivery|eta|estimated_?delivery_?date|expected_?at|delivery_?date)$/;

/**
 * A parcel's tracking history happened, in order, over days: its scans are oldest first, none after today, and the
 * expected delivery is not before the last scan. Never July 2025, then September 2026, then February 2026.
 */
function trackingInOrder(items: unknown[], owner: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  const key = Object.keys(first).find((k) => AT.test(wordsOf(k)) && typeof (first as Record<string, unknown>)[k] === 'string' && ISO_TIME.test((first as Record<string, unknown>)[k] as string));
  if (key === undefined) return;
  const records = items.filter((i): i is Record<string, unknown> => !!i && typeof i === 'object' && typeof (i as Record<string, unknown>)[key] === 'string' && ISO_TIME.test((i as Record<string, unknown>)[key] as string));
  if (records.length !== items.length || records.some((r) => kept(keep, r[key]))) return;
  const times = records.map((r) => Date.parse(r[key] as string));
  if (times.some(Number.isNaN)) return;
  const now = Date.parse(`${REFERENCE_DATE}T12:00:00Z`);
  const latest = Math.min(Math.max(...times), now - 6 * 3_600_000);
  const span = Math.max(...times) - Math.min(...times);
  const sorted = [...times].sort((a, b) => a - b);
  // Over more than three weeks, or past today: the scans of one trip, 19 hours apart, ending at the latest.
  const out = span > 21 * 86_400_000 || Math.max(...times) > now ? records.map((_, i) => latest - (records.length - 1 - i) * 19 * 3_600_000) : sorted;
  const form = (ms: number, like: string): string => {
    const iso = new Date(Math.round(ms / 900_000) * 900_000).toISOString();
    return /\.\d{3}Z$/.test(like) ? iso : /Z$/.test(like) ? iso.replace(/\.\d{3}Z$/, 'Z') : iso.replace(/\.\d{3}Z$/, like.slice(19).replace(/^\.\d+/, '') || 'Z');
  };
  records.forEach((r, i) => {
    r[key] = form(out[i]!, r[key] as string);
  });
  const expected = Object.keys(owner).find((k) => EXPECTED.test(wordsOf(k)) && typeof owner[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(owner[k] as string));
  const last = (records[records.length - 1]![key] as string).slice(0, 10);
  if (expected !== undefined && !kept(keep, owner[expected]) && (owner[expected] as string).slice(0, 10) < last) {
    const next = new Date(Date.parse(last) + 2 * 86_400_000).toISOString().slice(0, 10);
    owner[expected] = `${next}${(owner[expected] as string).slice(10)}`;
  }
}

const PAIR = /^\s*(-?\d{1,3}\.\d+)\s*,\s*(-?\d{1,3}\.\d+)\s*$/;

/**
 * One place written twice in one record agrees with itself: a `coordinate {lat, long}` beside a `point` "lon,lat"
 * (GeoJSON order) is that point, never Munich beside a point near Lübeck.
 */
function coordinateOfPoint(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const point = typeof record.point === 'string' ? PAIR.exec(record.point) : null;
  const coordinate = Object.entries(record).find(([k, v]) => /^(coordinates?|coords?|position|location|geo)$/i.test(k) && !!v && typeof v === 'object' && !Array.isArray(v))?.[1] as Record<string, unknown> | undefined;
  if (!point || !coordinate) return;
  const latKey = Object.keys(coordinate).find((k) => /^(lat|latitude)$/i.test(k));
  const lonKey = Object.keys(coordinate).find((k) => /^(lon|lng|long|longitude)$/i.test(k));
  if (latKey === undefined || lonKey === undefined || kept(keep, coordinate[latKey]) || kept(keep, coordinate[lonKey])) return;
  const lon = Number(point[1]);
  const lat = Number(point[2]);
  if (Math.abs(lat) > 90) return;
  const near = (v: unknown, n: number): boolean => Math.abs(Number(v) - n) < 0.5;
  if (near(coordinate[latKey], lat) && near(coordinate[lonKey], lon)) return;
  coordinate[latKey] = typeof coordinate[latKey] === 'string' ? point[2] : lat;
  coordinate[lonKey] = typeof coordinate[lonKey] === 'string' ? point[1] : lon;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const partsIn = (ms: number, zone: string): Record<string, string> | undefined => {
  let format = zoneFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch {
      return undefined;
    }
    zoneFormats.set(zone, format);
  }
  return Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
};

/**
 * One moment written twice in one record agrees with itself: `localtime` is what `localtime_epoch` says, in the
 * record's zone (`tz_id`), never the spec's example day (2023-06-25 9:19) beside an epoch of 2026.
 */
function timeOfEpoch(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  for (const [k, v] of Object.entries(record)) {
    if (typeof v !== 'number' || !/_epoch$/i.test(k) || v < 1e9 || v > 1e10) continue;
    const key = k.replace(/_epoch$/i, '');
    const text = record[key];
    if (typeof text !== 'string' || kept(keep, text)) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2})$/.exec(text);
    if (!m) continue;
    const zone = typeof record.tz_id === 'string' ? record.tz_id : typeof record.timezone === 'string' ? record.timezone : 'UTC';
    const parts = partsIn(v * 1000, zone) ?? partsIn(v * 1000, 'UTC');
    if (parts === undefined) continue;
    const hour = m[4]!.length === 1 ? String(Number(parts.hour)) : parts.hour!;
    record[key] = `${parts.year}-${parts.month}-${parts.day} ${hour}:${parts.minute}`;
  }
}
