/**
 * Records of a kind that read like that kind (QUALITY.md E), settled once a result is otherwise final (the
 * dietary and query passes rename dishes and names after the record was built): a menu's sections have
 * distinct titles and hold each dish once; a message a person wrote is never an API status sentence; a
 * courier or driver is named like a person; an airport's terminals are terminals ("1", "T2"), not gates.
 * Values the call sent or a chain reads (`keep`, as JSON) never change. No randomness: a replacement is
 * chosen by the value it replaces, so the same input gives the same output.
 */
import { en } from '@faker-js/faker';
import { sectionOfDish } from './_menu.ts';
import { settleMenu24 } from './_menus24.ts';
import { airportOf, PEOPLE_NAMES } from '../world/index.ts';
import { airportCodeKey, codeOfAirportName } from './_airports18.ts';
import { numberedInOrder } from './_numbered18.ts';
import { numberedFromOffset } from './_moves19.ts';
import { hotelKind } from './_hotels18.ts';
import { facetsOfPlaces } from './_facets18.ts';
import { restaurantOfOneKitchen34 } from './_restaurant-answers34.ts';
import { seriesRunsByEpisode34 } from './_series-runtime-answers34.ts';
import { countedFacetsOfPlaces34 } from './_facets-answers34.ts';
import { workDatesHeld34 } from './_work-dates-answers34.ts';
import { uriOfRecord } from './_uri18.ts';

/** The list of a menu's sections (`sections`, `menuSections`, `courses`). */
const MENU_LIST = /(^|_|[a-z])(sections?|Sections?|courses|Courses|menus?|Menus?)$/;
/** Titles a menu gives its sections; a list of sections titled otherwise (albums, fight cards) is no menu. */
const MENU_TITLES = new Set(['Starters', 'Mains', 'Desserts', 'Sides', 'Drinks', 'Specials', 'Salads', 'Soups', 'Appetizers', 'Breakfast', 'Lunch', 'Dinner', 'Beverages', 'Kids', 'Brunch']);
const SECTION_TITLE = /^(title|name|section_?name|section_?title)$/i;
const DISH_NAME = /^(name|title|dish_?name|item_?name)$/i;
/** Section titles that say nothing of what a section holds, for a title already used in the menu. */
const OPEN_TITLES = ['Specials', "Chef's Choice", 'Seasonal', 'House Favourites', 'Small Plates', 'Sharing', 'Lunch', 'Dinner', 'Classics', 'Light Bites'];
/** Dishes by the section they belong in, for a dish already on the menu. */
const DISHES: Readonly<Record<string, readonly string[]>> = {
  Soups: ['Tomato Soup', 'Minestrone', 'Pumpkin Soup', 'Miso Soup', 'Gazpacho', 'Carrot Ginger Soup'],
  Desserts: ['Mango Sorbet', 'Lemon Tart', 'Apple Crumble', 'Chocolate Mousse', 'Coconut Pudding', 'Pear Pie'],
  Salads: ['Quinoa Salad', 'Fruit Salad', 'Roasted Vegetable Salad', 'Greek Salad', 'Beetroot Salad', 'Lentil Salad'],
  Starters: ['Hummus Plate', 'Edamame', 'Bruschetta', 'Spring Rolls', 'Baba Ganoush', 'Vegetable Dumplings'],
  Sides: ['Sweet Potato Fries', 'Garlic Bread', 'Steamed Rice', 'Grilled Corn', 'Roast Potatoes', 'Green Beans'],
  Drinks: ['Lemonade', 'Iced Tea', 'Mint Tea', 'Orange Juice', 'Sparkling Water', 'Ginger Beer'],
  Mains: ['Chickpea Curry', 'Dal Tadka', 'Vegetable Paella', 'Stuffed Peppers', 'Ratatouille', 'Black Bean Chili', 'Chana Masala', 'Mushroom Stroganoff', 'Vegetable Lasagne', 'Tofu Stir Fry'],
};
/** What an API answers about itself ("Data retrieved successfully."), never what a person writes. */
const STATUS_SENTENCE = /^(ok|success|successful|done|request (completed|processed|succeeded) successfully|operation (successful|completed)|the request was (processed|completed) successfully|data (retrieved|fetched|loaded) successfully)\.?$/i;
/** A record a person wrote to another: it has a subject, a sender, an author or a thread. */
const WRITTEN = /^(subject|sender|sender_?id|from|author|author_?id|staff_?id|customer_?id|user_?id|recipient|to|thread_?id|conversation_?id|chat_?id|reply_?to)$/i;
const BODY = /^(message|body|text|content|msg)$/i;
/** What a customer writes about an order, and what the shop's staff writes back: a message's author kind (`type: admin`) says which. */
const CUSTOMER_MESSAGES = ['Hi, could you tell me when this will be shipped?', 'Thanks, everything arrived in good condition.', 'Could you change the delivery address to my office, please?', 'Can I still add one more item to this order?', 'The parcel has not arrived yet, can you check the tracking?'];
const STAFF_MESSAGES = ['Your order has been packed and will leave our warehouse tomorrow.', 'Sorry for the delay, we are waiting for one item to come back in stock.', 'We have issued the refund; it should show within five working days.'];
const MESSAGES = [...CUSTOMER_MESSAGES.slice(0, 2), CUSTOMER_MESSAGES[2]!, STAFF_MESSAGES[0]!, STAFF_MESSAGES[1]!, CUSTOMER_MESSAGES[3]!, STAFF_MESSAGES[2]!, CUSTOMER_MESSAGES[4]!];
/** Messages under a subject a message list gives ("Change of address"), by who writes them: the text is about its subject. */
const BY_SUBJECT: readonly [RegExp, readonly string[], readonly string[]][] = [
  [/\b(address)\b/i, ['Could you change the delivery address to my office, please?'], ['Sure, we can send it to your office instead.']],
  [/\b(delivery|shipping|shipment|tracking|parcel)\b/i, ['The parcel has not arrived yet, can you check the tracking?', 'Hi, could you tell me when this will be shipped?'], ['Your order has been packed and will leave our warehouse tomorrow.', 'Sorry for the delay, we are waiting for one item to come back in stock.']],
  [/\b(invoice|receipt|refund|payment)\b/i, ['Could you send me the invoice for this order, please?'], ['Please find the invoice for your order attached.', 'We have issued the refund; it should show within five working days.']],
  [/\b(thank|thanks)\b/i, ['Thanks, everything arrived in good condition.'], ['Thank you for your order, we hope you enjoy it!']],
  [/\b(question)\b/i, ['Can I still add one more item to this order?', 'Hi, could you tell me when this will be shipped?'], ['Happy to help: your order ships tomorrow.']],
];
/** The field naming who wrote a message (`type: "admin"`, `sender_type: "customer"`), and the kinds it takes. */
const AUTHOR_KIND = /^(type|kind|author_?type|sender_?type|from_?type|role|author_?role|sender_?role|source)$/i;
const STAFF_KIND = /^(admin|administrator|staff|merchant|agent|support|seller|store|shop|operator|employee|system)$/i;
const CUSTOMER_KIND = /^(customer|buyer|shopper|client|guest|user|member)$/i;
const COURIER = /^(courier|driver|rider|delivery_?(person|agent|driver)|dispatcher|chauffeur)$/i;
const FIRST_NAMES = PEOPLE_NAMES.first;
const LAST_NAMES = PEOPLE_NAMES.last;
const FIRST = new Set([...FIRST_NAMES, ...(en.person?.first_name?.generic ?? []), ...(en.person?.first_name?.female ?? []), ...(en.person?.first_name?.male ?? [])]);
const LAST = new Set([...LAST_NAMES, ...(en.person?.last_name?.generic ?? [])]);
/** A courier company ("DHL Express", "Swift Couriers Ltd") names a courier as well as a person does. */
const COMPANY = /\b(express|logistics|delivery|deliveries|couriers?|post|parcels?|freight|dhl|ups|fedex|dpd|gls|ltd|inc|llc|gmbh|co)\b/i;
const TERMINAL = /^terminals?$/i;
const GATE_LIKE = /^[A-SU-Z]\d{1,3}$/;

/** Every record of `result`, deepest first, told the key it sits under. */
export function fitKindTexts(result: unknown, keep: ReadonlySet<string>): void {
  visit(result, '', keep, 0);
}

function visit(value: unknown, under: string, keep: ReadonlySet<string>, depth: number): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, under, keep, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) if (v && typeof v === 'object') visit(v, k, keep, depth + 1);
  for (const [k, v] of Object.entries(record)) if (Array.isArray(v) && v.length > 1 && MENU_LIST.test(k)) menuApart(v, keep);
  for (const [k, v] of Object.entries(record)) if (Array.isArray(v) && MENU_LIST.test(k)) settleMenu24(record, v, keep);
  for (const [k, v] of Object.entries(record)) {
    if (!Array.isArray(v) || v.length < 2) continue;
    ownKindListed(k, v, keep);
    numberedInOrder(v, keep);
    numberedFromOffset(record, v, (x) => isKept(keep, x));
  }
  personWritten(record, keep);
  if (COURIER.test(under)) courierName(record, keep);
  for (const k of Object.keys(record)) if (TERMINAL.test(k)) record[k] = terminals(record[k], keep);
  placeCategory(record, keep);
  lyricsText(record, keep);
  realAirport(record, keep);
  hotelKind(record, (v) => isKept(keep, v));
  facetsOfPlaces(record, (v) => isKept(keep, v));
  restaurantOfOneKitchen34(record, (v) => isKept(keep, v));
  seriesRunsByEpisode34(record, (v) => isKept(keep, v));
  countedFacetsOfPlaces34(record, (v) => isKept(keep, v));
  workDatesHeld34(record, (v) => isKept(keep, v));
  uriOfRecord(record, (v) => isKept(keep, v));
  englishOriginal(record, keep);
}

const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};
const isKept = (keep: ReadonlySet<string>, v: unknown): boolean => keep.size > 0 && keep.has(JSON.stringify(v));

type Dish = { record: Record<string, unknown>; key: string };

/** The title key and dishes of a menu section (a title beside a list of named records), if it is one. */
function sectionParts(item: unknown): { titleKey: string; dishes: Dish[] } | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const titleKey = Object.keys(record).find((k) => SECTION_TITLE.test(k) && typeof record[k] === 'string');
  const list = Object.values(record).find((v) => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) as Record<string, unknown>[] | undefined;
  if (titleKey === undefined || !list) return undefined;
  const dishes: Dish[] = [];
  for (const dish of list) {
    const key = Object.keys(dish).find((k) => DISH_NAME.test(k) && typeof dish[k] === 'string');
    if (key === undefined) return undefined;
    dishes.push({ record: dish, key });
  }
  return { titleKey, dishes };
}

/** A menu (a list of sections): each title once, each dish once, a repeat renamed to one not yet used. */
function menuApart(list: unknown[], keep: ReadonlySet<string>): void {
  const sections = list.map(sectionParts);
  if (sections.some((s) => s === undefined) || !list.some((s, i) => MENU_TITLES.has((s as Record<string, unknown>)[sections[i]!.titleKey] as string))) return;
  const titles = new Set<string>();
  const dishes = new Set<string>();
  for (const [i, section] of sections.entries()) {
    const record = list[i] as Record<string, unknown>;
    const title = record[section!.titleKey] as string;
    if (titles.has(title) && !isKept(keep, title)) {
      const fresh = OPEN_TITLES.find((t) => !titles.has(t));
      if (fresh) record[section!.titleKey] = fresh;
    }
    titles.add(record[section!.titleKey] as string);
    for (const { record: dish, key } of section!.dishes) {
      const name = dish[key] as string;
      if (dishes.has(name) && !isKept(keep, name)) {
        const pool = DISHES[sectionOfDish(name)] ?? DISHES.Mains!;
        const start = hash(name) % pool.length;
        for (let j = 0; j < pool.length; j++) {
          const other = pool[(start + j) % pool.length]!;
          if (!dishes.has(other)) {
            dish[key] = other;
            break;
          }
        }
      }
      dishes.add(dish[key] as string);
    }
  }
}

/** A message with a subject or a sender says what its writer wrote, not "Data retrieved successfully.". */
function personWritten(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  messageStatus(record, keep);
  const bodyKey = Object.keys(record).find((k) => BODY.test(k) && typeof record[k] === 'string' && STATUS_SENTENCE.test((record[k] as string).trim()));
  if (bodyKey === undefined || isKept(keep, record[bodyKey]) || !Object.keys(record).some((k) => WRITTEN.test(k))) return;
  const kind = Object.keys(record).find((k) => AUTHOR_KIND.test(k) && typeof record[k] === 'string');
  const author = kind === undefined ? '' : (record[kind] as string).trim();
  // An admin's message is the shop's reply, a customer's their question: never "type: admin" with "Can I still add one more item?".
  const subjectKey = Object.keys(record).find((k) => /^(subject|title|topic)$/i.test(k) && typeof record[k] === 'string');
  const about = subjectKey === undefined ? undefined : BY_SUBJECT.find(([re]) => re.test(record[subjectKey] as string));
  const texts = about && STAFF_KIND.test(author) ? about[2] : about && CUSTOMER_KIND.test(author) ? about[1] : about ? [...about[1], ...about[2]] : STAFF_KIND.test(author) ? STAFF_MESSAGES : CUSTOMER_KIND.test(author) ? CUSTOMER_MESSAGES : MESSAGES;
  record[bodyKey] = texts[hash(JSON.stringify(Object.values(record).filter((v) => typeof v !== 'object'))) % texts.length]!;
}

/** States a message has; a message is never "confirmed", "active" or "ok" (an order's or a job's states). */
const MESSAGE_STATES = /^(read|unread|seen|unseen|new|sent|delivered|received|draft|archived|flagged|replied|answered|pending|queued|failed|deleted|opened)$/i;

/** A written message's `status` says whether it was read ("unread"), never an order's state ("confirmed"). */
function messageStatus(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const status = record.status;
  if (typeof status !== 'string' || MESSAGE_STATES.test(status) || isKept(keep, status)) return;
  if (!Object.keys(record).some((k) => BODY.test(k) && typeof record[k] === 'string') || !Object.keys(record).some((k) => WRITTEN.test(k) && k !== 'to')) return;
  record.status = hash(JSON.stringify(record.id ?? status)) % 2 === 0 ? 'read' : 'unread';
}

/** A courier's or driver's name is a person's ("Maria Lopez"), never a title ("Crimson Promises"). */
function courierName(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const key = Object.keys(record).find((k) => /^(name|full_?name|display_?name)$/i.test(k) && typeof record[k] === 'string');
  if (key === undefined || FIRST_NAMES.length === 0 || LAST_NAMES.length === 0) return;
  const name = record[key] as string;
  const words = name.split(' ');
  if ((words.length >= 2 && FIRST.has(words[0]!) && LAST.has(words[words.length - 1]!)) || COMPANY.test(name) || isKept(keep, name)) return;
  const h = hash(name);
  record[key] = `${FIRST_NAMES[h % FIRST_NAMES.length]} ${LAST_NAMES[(h >>> 10) % LAST_NAMES.length]}`;
}

/** An airport's terminals are numbered ("1", "2") or lettered "T1", never gate codes ("H23", "F1"). */
function terminals(value: unknown, keep: ReadonlySet<string>): unknown {
  if (isKept(keep, value)) return value;
  if (typeof value === 'string') return GATE_LIKE.test(value) ? `T${(hash(value) % 3) + 1}` : value;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string') || !value.some((v) => GATE_LIKE.test(v as string))) return value;
  const style = hash(value.join()) % 3;
  if (style === 2 && value.length === 2) return ['Domestic', 'International'];
  return value.map((_, i) => (style === 0 ? String(i + 1) : `T${i + 1}`));
}

/** Kinds of place a name says ("Tokyo Tea House" is a cafe), as category codes. */
const PLACE_KINDS: readonly [RegExp, string][] = [
  [/\b(caf[eé]s?|coffee roasters|coffee|tea ?house|tea ?room|espresso|coffee shop)\b/i, 'cafe'],
  [/\b(bakery|bakeries|patisserie|boulangerie)\b/i, 'bakery'],
  [/\b(bagels?|deli|delicatessen|ice cream|gelato)\b/i, 'food_shop'],
  [/\b(books|bookshop|bookstore|booksellers?)\b/i, 'book_store'],
  [/\b(florists?|flowers)\b/i, 'florist'],
  [/\b(bike shop|bicycles?|cycles)\b/i, 'bicycle_store'],
  [/\b(tailors?|outdoor gear|records|opticians?|hardware|pet supplies|boutique)\b/i, 'store'],
  [/\b(barbers?|hair ?dressers?|salon)\b/i, 'hair_care'],
  [/\b(noodle bar|restaurants?|bistro|trattoria|diner|grill|eatery|brasserie|pizzeria|steakhouse|ramen|sushi|kitchen|taqueria)\b/i, 'restaurant'],
  [/\b(bars?|pub|tavern|brewery|taproom)\b/i, 'bar'],
  [/\b(hotels?|inn|hostel|motel|resort|lodge|guesthouse)\b/i, 'hotel'],
  [/\b(museums?)\b/i, 'museum'],
  [/\b(gallery|galleries)\b/i, 'art_gallery'],
  [/\b(parks?|gardens?)\b/i, 'park'],
  [/\b(library|libraries)\b/i, 'library'],
  [/\b(pharmacy|chemist|drugstore)\b/i, 'pharmacy'],
  [/\b(hospital|clinic)\b/i, 'hospital'],
  [/\b(gym|fitness)\b/i, 'gym'],
  [/\b(cinema|movie theat(er|re))\b/i, 'cinema'],
  [/\b(supermarket|grocery|groceries)\b/i, 'supermarket'],
  [/\b(airport)\b/i, 'airport'],
  [/\b(stadium|arena)\b/i, 'stadium'],
];
const CATEGORY = /^(category|category_?code|categoryCode|place_?category|placeCategory)$/;
const PLACE_SIGN = /^(lat|latitude|lon|lng|longitude|address|location|coordinates|geometry|formatted_?address|formattedAddress)$/i;

/** A place's category is the kind its name says: "Tokyo Tea House" is a cafe, never "News". */
function placeCategory(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const key = Object.keys(record).find((k) => CATEGORY.test(k) && typeof record[k] === 'string');
  if (key === undefined || typeof record.name !== 'string' || !Object.keys(record).some((k) => PLACE_SIGN.test(k))) return;
  // The head noun comes last in English ("Riverside Park Hotel" is a hotel): the kind matched furthest along wins.
  let kind: (typeof PLACE_KINDS)[number] | undefined;
  let end = -1;
  for (const entry of PLACE_KINDS) {
    const m = entry[0].exec(record.name as string);
    if (m && m.index + m[0].length > end) {
      kind = entry;
      end = m.index + m[0].length;
    }
  }
  const value = record[key] as string;
  if (!kind || isKept(keep, value) || kind[0].test(value.replace(/_/g, ' ')) || value.toLowerCase() === kind[1]) return;
  const code = kind[1];
  // A code is written as codes are ("cafe"); a category said in words keeps its capital ("Cafe").
  record[key] = /^[A-Z]/.test(value) && !/code$/i.test(key) ? code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' ') : code;
}

const LINE_TEXT = /^(words|text|line|lyric|lyrics)$/i;
const FULL_TEXT = /^(text|lyrics|body|full_?text|fullText)$/i;
const LANGUAGE = /^(language|lang|language_?code|languageCode)$/i;
/** Words nearly every English line has one of; a line with none is not known to be English. */
const ENGLISH = /\b(the|you|and|to|it|on|my|we|of|in|like|love|me|i|your|our|all|is|are|be|go|goes|night|light|young)\b/i;

/** Lyrics (a text beside timed lines) are the lines' own words, in the lines' language: never a title, never "de" for English. */
function lyricsText(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const lines = Object.entries(record).find(([k, v]) => /lines$/i.test(k) && Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x)))?.[1] as Record<string, unknown>[] | undefined;
  if (!lines) return;
  const words: string[] = [];
  for (const line of lines) {
    const key = Object.keys(line).find((k) => LINE_TEXT.test(k) && typeof line[k] === 'string');
    if (key === undefined) return;
    words.push(line[key] as string);
  }
  const textKey = Object.keys(record).find((k) => FULL_TEXT.test(k) && typeof record[k] === 'string');
  if (textKey !== undefined && !isKept(keep, record[textKey]) && !words.some((w) => (record[textKey] as string).includes(w))) record[textKey] = words.join('\n');
  const langKey = Object.keys(record).find((k) => LANGUAGE.test(k) && typeof record[k] === 'string' && /^[a-z]{2}$/.test(record[k] as string));
  if (langKey !== undefined && record[langKey] !== 'en' && !isKept(keep, record[langKey]) && words.every((w) => ENGLISH.test(w))) record[langKey] = 'en';
}

const LAT = /^(lat|latitude)$/i;
const LON = /^(lon|lng|long|longitude)$/i;

/** An airport whose code is known has its own name and place: ICN is Incheon International Airport, not Seoul's centre. */
function realAirport(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const nameKey = Object.keys(record).find((k) => /^(name|airport_?name|airportName)$/.test(k) && typeof record[k] === 'string');
  const name = nameKey === undefined ? undefined : (record[nameKey] as string);
  const codeKey = airportCodeKey(record, name);
  if (codeKey === undefined) return;
  let airport = airportOf(record[codeKey] as string);
  // An unknown code beside a known city's airport name ("SDU", "Los Angeles International Airport") is that airport's.
  if (!airport && name !== undefined && !isKept(keep, record[codeKey]) && /^[A-Z]{3}$/.test(record[codeKey] as string)) {
    const code = codeOfAirportName(name);
    if (code !== undefined) {
      record[codeKey] = code;
      airport = airportOf(code);
    }
  }
  if (!airport) return;
  if (nameKey !== undefined && /airport/i.test(record[nameKey] as string) && !isKept(keep, record[nameKey])) record[nameKey] = airport.name;
  for (const [key, value] of Object.entries(record)) {
    const to = LAT.test(key) ? airport.lat : LON.test(key) ? airport.lon : undefined;
    if (to === undefined || isKept(keep, value)) continue;
    if (typeof value === 'number') record[key] = to;
    else if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) record[key] = to.toFixed(4);
  }
  // A real airport's terminals are its own (rd34 control: "YYZ … T1, T2 and T3"; Pearson has 1 and 3).
  const terminalKey = Object.keys(record).find((k) => TERMINAL.test(k) && Array.isArray(record[k]) && (record[k] as unknown[]).every((v) => typeof v === 'string'));
  if (airport.terminals !== undefined && terminalKey !== undefined && !isKept(keep, record[terminalKey])) record[terminalKey] = [...airport.terminals];
}

const ORIGINAL_LANGUAGE = /^(original_?language|originalLanguage)$/;
/** Words of English a title is made of ("The Golden Notebook", "My Life"); a known foreign film's English title ("Seven Samurai") has none. */
const ENGLISH_TITLE = /(^|\s)(the|of|my|and|a|an|in|on|to|with|for|from|at|all|your|our|last|one)(\s|$)/i;

/** A work whose title the generator wrote in English was first made in English: "My Life" is never originally "nl". */
function englishOriginal(record: Record<string, unknown>, keep: ReadonlySet<string>): void {
  const key = Object.keys(record).find((k) => ORIGINAL_LANGUAGE.test(k) && typeof record[k] === 'string' && /^[a-z]{2}$/.test(record[k] as string));
  const title = typeof record.title === 'string' ? record.title : typeof record.name === 'string' ? record.name : undefined;
  if (key === undefined || title === undefined || record[key] === 'en' || isKept(keep, record[key]) || !ENGLISH_TITLE.test(title)) return;
  record[key] = 'en';
}

const TYPE_KEY = /^(display_?type|displayType|type|kind|category)$/;

/**
 * A list named for a kind (`closure`, `webcams`) whose items say their type in capitals holds that kind only:
 * where one item is a "CLOSURE", another under `closure` is no "WEBCAM".
 */
function ownKindListed(key: string, list: unknown[], keep: ReadonlySet<string>): void {
  const own = key.replace(/(?<!s)s$/, '').toUpperCase();
  if (own.length < 4 || !list.every((x) => x && typeof x === 'object' && !Array.isArray(x))) return;
  const items = list as Record<string, unknown>[];
  const typeKey = Object.keys(items[0]!).find((k) => TYPE_KEY.test(k) && typeof items[0]![k] === 'string');
  if (typeKey === undefined || !items.some((x) => x[typeKey] === own)) return;
  for (const item of items) if (typeof item[typeKey] === 'string' && /^[A-Z_]+$/.test(item[typeKey] as string) && !isKept(keep, item[typeKey])) item[typeKey] = own;
}
