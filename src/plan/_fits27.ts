/**
 * Values true of the world (QUALITY.md E), wave 27. Called per object by `agreeFields` (`_agree-fields.ts`):
 * - a category's slug and its label say the same thing ("software-engineering" is "Software Engineering");
 * - a price quote (an offer re-priced before booking, a fare quote) is valid until the day after, never months;
 * - a food delivery on its way arrives today, and its total is a meal's price, never 1648.82.
 * `jobCategories27` gives a job board's categories to `genreFor` (`_names.ts`): Engineering, never "Sports".
 */
import { REFERENCE_DATE, worldValue } from '../world/index.ts';
import { inCurrency } from './_money.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const JOB_BOARD = /\b(jobs?|careers?|vacanc(y|ies)|hiring|recruit\w*|employers?|job ?boards?)\b/;
const JOB_CATEGORIES = ['Software Engineering', 'Sales', 'Design', 'Marketing', 'Customer Support', 'Finance', 'Data Science', 'Product Management', 'Human Resources', 'Operations', 'Healthcare', 'Education', 'Legal', 'Hospitality'];

/** A job board's categories are kinds of job; undefined where the words are not about jobs. */
export function jobCategories27(context: string): readonly string[] | undefined {
  return JOB_BOARD.test(context) ? JOB_CATEGORIES : undefined;
}

const snake = snakeKey;
const SLUG = /^([a-z]+_)?slug$/;
const LABEL = /^([a-z]+_)?(label|name|title|display_?name)$/;

const slugify = (s: string): string => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const unslug = (s: string): string => s.split(/[-_]+/).filter(Boolean).map((w) => w.replace(/^\w/, (c) => c.toUpperCase())).join(' ');

/** A slug and the label beside it name one thing: the slug follows the label, or the label the slug where the slug is kept. */
function slugOfLabel(obj: Record<string, unknown>, keys: readonly string[], free: (k: string) => boolean): void {
  const slug = keys.find((k) => SLUG.test(snake(k)) && typeof obj[k] === 'string');
  if (slug === undefined) return;
  const prefix = /^([a-z]+_)?/.exec(snake(slug))![0];
  const label = keys.find((k) => LABEL.test(snake(k)) && typeof obj[k] === 'string' && (snake(k).startsWith(prefix) || !/_/.test(snake(k))));
  if (label === undefined) return;
  const [s, l] = [obj[slug] as string, obj[label] as string];
  if (l.length === 0 || l.length > 60 || slugify(l) === s || slugify(l) === slugify(s)) return;
  if (free(slug)) obj[slug] = slugify(l);
  else if (free(label) && /^[a-z0-9]+([-_][a-z0-9]+)*$/.test(s)) obj[label] = unslug(s);
}

const QUOTE_OP = /pric(e|es|ing)|quot(e|es|ing)|fares?\b/i;
const NOT_QUOTE = /subscri|plans?\b|licen[cs]e|membership|coupon|promo|domain/i;
const VALID_UNTIL = /^(expires?(_at|_on)?|expir(y|ation)(_date|_time|_at)?|valid_?(until|to|thru)|price_valid_until|quote_expires_at|offer_expires_at)$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;
const dayAfter = (): string => new Date(Date.parse(REFERENCE_DATE) + 86_400_000).toISOString().slice(0, 10);

/** A quoted price holds for hours: what a pricing call returns expires by the day after, never six months on. */
function quoteValidity(obj: Record<string, unknown>, keys: readonly string[], op: string, free: (k: string) => boolean): void {
  if (!QUOTE_OP.test(op) || NOT_QUOTE.test(op) || keys.some((k) => /domain/i.test(k))) return;
  const next = dayAfter();
  for (const k of keys) {
    const v = obj[k];
    if (typeof v !== 'string' || !ISO.test(v) || !VALID_UNTIL.test(snake(k)) || !free(k) || v.slice(0, 10) <= next) continue;
    obj[k] = `${next}${v.slice(10)}`;
  }
}

const FOOD = /food|meal|restaurant|courier|takeaway|eats\b|delivery\/orders|delivery_?orders/i;
const ON_ITS_WAY = /^(picked_?up|out_?for_?delivery|on_?the_?way|en_?route|arriving|dispatched|preparing|accepted|confirmed|placed|ready)$/;
const ARRIVAL = /^(eta|estimated_(arrival|delivery)(_time|_at)?|expected_(arrival|delivery)(_time|_at)?|arrives?_at|delivery_eta)$/;
const TOTAL = /^(total|total_?(price|amount|cost)|order_total|amount|grand_total)$/;

/** A food order on its way arrives today, and costs what a meal costs (a few dozen in the local money). */
function activeDelivery(obj: Record<string, unknown>, keys: readonly string[], op: string, free: (k: string) => boolean): void {
  const food = FOOD.test(op) || keys.some((k) => /^(courier|rider|driver)$/i.test(k));
  if (!food || !/deliver|order|courier/i.test(op)) return;
  const status = keys.find((k) => /^(status|state|order_status|delivery_status)$/.test(snake(k)) && typeof obj[k] === 'string');
  const active = status !== undefined && ON_ITS_WAY.test(snake(obj[status] as string).replace(/[\s-]+/g, '_'));
  // A total beside its line items is their sum: left alone.
  const lines = keys.some((k) => Array.isArray(obj[k]));
  const home = worldValue('currency', false, () => '');
  const currency = typeof home === 'string' && /^[A-Z]{3}$/.test(home) ? home : undefined;
  for (const k of keys) {
    const v = obj[k];
    if (!free(k)) continue;
    if (active && typeof v === 'string' && ISO.test(v) && v.length > 10 && ARRIVAL.test(snake(k)) && v.slice(0, 10) !== REFERENCE_DATE) obj[k] = `${REFERENCE_DATE}${v.slice(10)}`;
    // A meal for one to a family, 12 to 120 dollars in the dialogue's money (PEN in Lima, KRW in Busan), drawn from
    // the value itself: no new randomness, the same output each run.
    if (TOTAL.test(snake(k)) && !lines && typeof v === 'number' && Number.isFinite(v)) {
      const dollars = 12 + (v % 108);
      const meal = currency === undefined ? Math.round(dollars * 100) / 100 : inCurrency(dollars, currency);
      if (v > meal * 4 || v < meal / 4) obj[k] = meal;
    }
  }
}

/** The wave-27 agreements of one object of a result (see the file comment). */
export function agreeValues27(obj: Record<string, unknown>, free: (k: string) => boolean, op: string): void {
  const keys = Object.keys(obj);
  slugOfLabel(obj, keys, free);
  quoteValidity(obj, keys, op, free);
  activeDelivery(obj, keys, op, free);
}
