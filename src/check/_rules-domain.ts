/**
 * Single values plausible for their domain (QUALITY.md E). `price_scale`: an amount priced for a known kind of
 * thing sits on its scale in its currency (no 1 800-euro gazpacho, no 2 000-dollar standard ticket, no 130-dollar
 * car, no 1 900-dollar golf prize). `image_link`: a link typed as an image (`image/png`) names a file, not a
 * site's root, and an image's encoded data is no encoded prose. `other_product_text`: a product's description
 * does not speak of another product ("The General Bike is…" for a mouse). `menu_section`: a dish of one kind
 * (a soup, a pie, a salad, a drink) is not listed under a section of another kind. `review_mood`: a review's text
 * does not praise at one star nor complain at five, and a reply is no customer's delivery note. `quiz_answers`: a
 * question's options mark at most one correct answer. `whole_count`: votes and thumbs-up are whole numbers.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { memoized } from '../text/memo.ts';

export const DOMAIN_INVARIANTS = ['price_scale', 'image_link', 'other_product_text', 'menu_section', 'review_mood', 'quiz_answers', 'whole_count'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

/** Rough units per US dollar: enough to tell a scale (a wide margin is left either side). */
const RATE: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, CHF: 0.88, CAD: 1.36, AUD: 1.52, NZD: 1.65, JPY: 150, KRW: 1350, CNY: 7.2, HKD: 7.8, TWD: 32, SGD: 1.35,
  INR: 83, BRL: 5, MXN: 17, ARS: 900, CLP: 900, COP: 3900, PEN: 3.7, ZAR: 18.5, EGP: 48, NGN: 1500, KES: 130, TRY: 32, AED: 3.67, SAR: 3.75,
  ILS: 3.7, SEK: 10.5, NOK: 10.7, DKK: 6.9, ISK: 138, PLN: 4, CZK: 23, HUF: 360, RON: 4.6, RUB: 92, UAH: 39, THB: 36, VND: 25000, PHP: 56,
  IDR: 16000, MYR: 4.7, PKR: 280,
};
/** What a kind of thing may cost in US dollars, with a wide margin: outside it the amount is on another scale. */
const BOUNDS: Readonly<Record<string, [number, number]>> = { dish: [0.5, 150], ticket: [3, 3000], car: [2000, 2000000], prize: [2000, 1e8] };
const CURRENCY_KEY = /^(currency|currency_?code|currency_?iso)$/i;
const AMOUNT_KEY = /^(price|amount|cost|unit_?price|ticket_?price)$/i;
const NAME_KEY = /^(name|title|item_?name|dish_?name|product_?name)$/i;
const SOUP = /\b(soup|gazpacho|minestrone|chowder|bisque|broth|ramen)\b/i;
const DESSERT = /\b(pie|tart|cake|cheesecake|tiramis\S*|pudding|brownie|ice cream|sorbet|mousse|crumble)\b/i;
const SALAD = /\bsalad\b/i;
const DRINK = /\b(coffee|espresso|latte|cappuccino|tea|juice|smoothie|lemonade|soda|beer|wine|cocktail|milkshake)\b/i;
const SECTION_KINDS: Readonly<Record<string, RegExp>> = { soups: SOUP, desserts: DESSERT, salads: SALAD, drinks: DRINK };
/** Faker's product nouns: a description naming one the record is not is another product's text. */
const PRODUCT_NOUN = /\b(?:The|our) (?:[A-Z]\w+ )*?(Bacon|Ball|Bike|Car|Chair|Cheese|Chicken|Chips|Computer|Fish|Gloves|Hat|Keyboard|Mouse|Pants|Pizza|Salad|Sausages|Shirt|Shoes|Soap|Table|Towels|Tuna)\b/;
const MIME_KEY = /^(image_?type|mime_?type|mimetype|content_?type|media_?type)$/i;
const LINK_KEY = /^(url|uri|link|href|src)$/i;
const IMAGE_DATA_KEY = /(^|_)(image|img|photo|picture|thumbnail|avatar|logo|icon)(_?(data|base64|content|bytes))?$/i;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const words = memoized((s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ').toLowerCase());

/** The kind of thing an amount prices, from the keys above it and the record's name; undefined when unclear. */
function pricedKind(path: string, owner: Record<string, unknown>, key: string): string | undefined {
  if (/\b(earnings|prize|prizes|purse|winnings)\b/.test(path) || /prize|purse/i.test(key)) return 'prize';
  if (/\b(quantity|qty|total|subtotal)\b/i.test(Object.keys(owner).map(words).join(' '))) return undefined;
  if (/\btickets?\b|\bticket offers?\b/.test(path) || Object.keys(owner).some((k) => /^ticket_?(type|class|offer_?id)$/i.test(k))) return 'ticket';
  if (/\b(cars?|car models?|vehicles?)\b/.test(path) && !/\brental/.test(path)) return 'car';
  if (/\bmenus?\b|\bsections? items?\b|\bdishes\b/.test(path)) return 'dish';
  return undefined;
}

function checkAmounts(value: unknown, add: Add, turn: number, operation: string): void {
  const walk = (node: unknown, currency: string | undefined, path: string[], parent: Record<string, unknown>, depth: number): void => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, currency, path, parent, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const own = Object.entries(obj).find(([k, v]) => CURRENCY_KEY.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v))?.[1] as string | undefined;
    const here = own ?? currency;
    const priceObject = path.length > 0 && /^(price|cost|unit ?price)$/.test(words(path[path.length - 1]!));
    const owner = priceObject ? parent : obj;
    const where = words((priceObject ? path.slice(0, -1) : path).join(' '));
    for (const [k, v] of Object.entries(obj)) {
      if (!AMOUNT_KEY.test(k) || typeof v !== 'number' || v <= 0 || here === undefined || RATE[here] === undefined) continue;
      const kind = pricedKind(where, owner, k);
      if (kind === undefined) continue;
      const dollars = v / RATE[here]!;
      const [lo, hi] = BOUNDS[kind]!;
      if (dollars < lo || dollars > hi) add('price_scale', turn, `${operation} result: a ${kind} priced ${v} ${here} (about ${Math.round(dollars)} US dollars)`);
    }
    for (const [k, v] of Object.entries(obj)) if (v !== null && typeof v === 'object') walk(v, here, [...path, k], obj, depth + 1);
  };
  walk(value, undefined, [], {}, 0);
}

/** Why one record breaks an image, product or menu rule, if it does. */
function recordProblems(obj: Record<string, unknown>, key: string): Array<[InvariantId, string]> {
  const out: Array<[InvariantId, string]> = [];
  const mime = Object.keys(obj).find((k) => MIME_KEY.test(k) && typeof obj[k] === 'string' && /^image\//i.test(obj[k] as string));
  if (mime !== undefined) {
    for (const k of Object.keys(obj)) {
      if (LINK_KEY.test(k) && typeof obj[k] === 'string' && /^https?:\/\/[^/]+\/?$/.test(obj[k] as string)) out.push(['image_link', `${k} ${String(obj[k])} typed ${String(obj[mime])} is a site's root, not an image file`]);
    }
  }
  const nameKey = Object.keys(obj).find((k) => NAME_KEY.test(k) && typeof obj[k] === 'string');
  const name = nameKey === undefined ? '' : (obj[nameKey] as string);
  const description = typeof obj.description === 'string' ? obj.description : undefined;
  const other = description === undefined || name === '' ? null : PRODUCT_NOUN.exec(description);
  if (other && !new RegExp(`\\b${other[1]!}\\b`, 'i').test(name)) out.push(['other_product_text', `"${name}" is described as another product: "${description!.slice(0, 60)}"`]);
  const titleKey = Object.keys(obj).find((k) => /^(title|name)$/i.test(k) && typeof obj[k] === 'string' && (obj[k] as string).toLowerCase() in SECTION_KINDS);
  const items = Object.values(obj).find((v) => Array.isArray(v) && v.length > 0 && v.every(isRecord)) as Record<string, unknown>[] | undefined;
  if (titleKey !== undefined && items && /section|menu|^$/i.test(key)) {
    const title = (obj[titleKey] as string).toLowerCase();
    for (const item of items) {
      const dish = Object.keys(item).find((k) => NAME_KEY.test(k) && typeof item[k] === 'string');
      if (dish === undefined) continue;
      const dishName = item[dish] as string;
      const otherKind = Object.entries(SECTION_KINDS).find(([kind, re]) => kind !== title && re.test(dishName) && !SECTION_KINDS[title]!.test(dishName));
      if (otherKind) out.push(['menu_section', `"${dishName}" (${otherKind[0]}) is listed under ${String(obj[titleKey])}`]);
    }
  }
  return out;
}

const REVIEW_SCORE = /^(score|rating|stars|star_?rating)$/i;
const REVIEW_TEXT = /^(text|body|content|comment|review|review_?text)$/i;
const REVIEWER = /^(user_?name|author|author_?name|reviewer|reviewer_?name|user|username)$/i;
const PRAISE = /\b(great|excellent|love it|amazing|perfect|highly recommended|very happy|still very happy|thank you)\b/i;
const COMPLAINT = /\b(crash\w*|disappoint\w*|terrible|awful|useless|bugs|never answered|waste of)\b/i;
const CUSTOMER_NOTE = /^(please (call me|leave the package)|ring the bell|could you gift-wrap)/i;
const REPLY_KEY = /^(reply_?text|reply|developer_?reply|owner_?response|response_?text)$/i;
const VOTE_KEY = /^(thumbs_?up|thumbs_?up_?count|likes|like_?count|helpful_?count|helpful_?votes|upvotes|vote_?count)$/i;
const CORRECT_FLAG = /^(is_?correct|correct|is_?right)$/i;

/** Why a review, a quiz question or a vote count breaks its rule, if it does. */
function reviewProblems(obj: Record<string, unknown>): Array<[InvariantId, string]> {
  const out: Array<[InvariantId, string]> = [];
  for (const [k, v] of Object.entries(obj)) if (VOTE_KEY.test(k) && typeof v === 'number' && !Number.isInteger(v)) out.push(['whole_count', `${k} ${v} is a count, not a whole number`]);
  const score = Object.keys(obj).find((k) => REVIEW_SCORE.test(k) && typeof obj[k] === 'number');
  const text = Object.keys(obj).find((k) => REVIEW_TEXT.test(k) && typeof obj[k] === 'string');
  if (score !== undefined && text !== undefined && Object.keys(obj).some((k) => REVIEWER.test(k))) {
    const stars = obj[score] as number;
    const said = obj[text] as string;
    if (stars >= 0 && stars <= 5 && ((stars <= 1.5 && PRAISE.test(said) && !COMPLAINT.test(said)) || (stars >= 4.5 && COMPLAINT.test(said) && !PRAISE.test(said)))) out.push(['review_mood', `a ${stars}-star review says "${said}"`]);
    const reply = Object.keys(obj).find((k) => REPLY_KEY.test(k) && typeof obj[k] === 'string' && CUSTOMER_NOTE.test(obj[k] as string));
    if (reply !== undefined) out.push(['review_mood', `the reply to a review is a customer's note: "${String(obj[reply])}"`]);
  }
  for (const v of Object.values(obj)) {
    if (!Array.isArray(v) || v.length < 2 || !v.every(isRecord)) continue;
    const flag = Object.keys(v[0] as Record<string, unknown>).find((k) => CORRECT_FLAG.test(k) && typeof (v[0] as Record<string, unknown>)[k] === 'boolean');
    if (flag === undefined) continue;
    const correct = v.filter((o) => (o as Record<string, unknown>)[flag] === true).length;
    if (correct > 1) out.push(['quiz_answers', `${correct} of ${v.length} options are marked correct`]);
  }
  return out;
}

/** Base64 that decodes to plain words is encoded prose, not an image. */
function encodedProse(value: string): boolean {
  if (value.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const text = Buffer.from(value, 'base64').toString('latin1');
  return /^[A-Za-z ,.'-]{12,}$/.test(text) && / /.test(text);
}

export function checkDomainValues(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; status?: string; result?: unknown; operation?: string };
    if (t.speaker !== 'tool' || t.status !== 'ok' || t.result === undefined) return;
    const operation = t.operation ?? 'tool';
    checkAmounts(t.result, add, i, operation);
    const imageOperation = /image|photo|picture|thumbnail/i.test(operation);
    const visit = (value: unknown, key: string, depth: number): void => {
      if (depth > 10) return;
      if (typeof value === 'string' && (IMAGE_DATA_KEY.test(key) || (imageOperation && key === '')) && encodedProse(value)) add('image_link', i, `${operation} result ${key || 'item'} is encoded text, not an image`);
      if (Array.isArray(value)) for (const v of value) visit(v, key, depth + 1);
      else if (isRecord(value)) {
        for (const [rule, message] of [...recordProblems(value, key), ...reviewProblems(value)]) add(rule, i, `${operation} result: ${message}`);
        for (const [k, v] of Object.entries(value)) visit(v, k, depth + 1);
      }
    };
    visit(t.result, '', 0);
  });
}
