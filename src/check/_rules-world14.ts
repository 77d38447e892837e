/**
 * Facts of one record that contradict each other or the world (QUALITY.md E): a review's text keeps the mood of its
 * rating and one review has one mood; a named holiday falls on its real day; weather alerts active together for one
 * place do not contradict (frost beside heat); an artist's genres come from one family of styles. Reads only the
 * dialogue record; keeps its own small tables (no import from plan).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORLD14_INVARIANTS = ['review_two_moods', 'holiday_wrong_date', 'opposite_alerts', 'genres_apart', 'quotes_diverge'] as const satisfies readonly InvariantId[];

// Kept per key: the same keys recur in every object of every result.
const snake = snakeKey;
const COMPLAINT = /\b(not worth|would not recommend|disappoint\w*|stopped working|keeps crashing|full of bugs|gave up|never answered|waste of money|letdown)\b/i;
const PRAISE = /\b(works (great|well|fine|perfectly)|excellent|highly recommended|better than i expected|very happy|happy with|five stars|no complaints|love it|best one)\b/i;
const SCORE = /^(rating|score|stars|star_rating|review_rating|overall_rating)$/;
const TEXT = /^(text|body|content|comment|review|review_text|review_body)$/;

/** Holidays on a day that holds every year, and those a number of days from Easter Sunday. */
const FIXED_DAY: Readonly<Record<string, string>> = { "new year's day": '01-01', 'christmas day': '12-25', 'boxing day': '12-26', "st. stephen's day": '12-26' };
const FROM_EASTER: Readonly<Record<string, number>> = { 'good friday': -2, 'easter sunday': 0, 'easter monday': 1, 'ascension day': 39, 'whit monday': 50 };
const DATE_KEY = /^(date|observed|holiday_date)$/;

const HOT = /\bheat\b/i;
const COLD = /\b(frost|freeze|winter storm|blizzard|wind chill)\b/i;
const ALERT_EVENT = /^(event|event_type|alert_type|phenomenon|title)$/;

/** Families of music styles; a genre outside every family is the spec's own word and is not judged. */
const FAMILIES: readonly (readonly string[])[] = [
  ['rock', 'alternative', 'indie', 'hard rock', 'punk rock', 'grunge', 'metal', 'heavy metal', 'death metal', 'black metal', 'metalcore'],
  ['pop', 'dance', 'synth pop', 'teen pop', 'j-pop', 'k-pop', 'r&b', 'latin pop'],
  ['jazz', 'bebop', 'cool jazz', 'smooth jazz', 'swing', 'big band', 'blues', 'soul'],
  ['hip hop', 'rap', 'trap', 'grime', 'r&b'],
  ['electronic', 'house', 'techno', 'trance', 'edm', 'ambient', 'downtempo', 'chill'],
  ['classical', 'baroque', 'opera', 'orchestral', 'chamber music', 'choral'],
  ['country', 'folk', 'americana', 'bluegrass'],
  ['fado', 'portuguese folk', 'world'],
  ['shaabi', 'mawwal', 'arabic pop', 'world'],
  ['reggae', 'dancehall', 'dub', 'reggaeton', 'latin', 'salsa'],
];
/** Moods, seasons and holidays faker lists as genres: never a style of an artist. */
const NOT_STYLE = new Set(['relaxation', 'sleep', 'healing', 'meditation', 'rainy day', 'sad', 'happy', 'party', 'summer', 'christmas', 'chanukah', 'easter', 'halloween', 'thanksgiving', 'holiday', 'lullabies', 'nature']);

function easterDay(year: number): number {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return Date.UTC(year, Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1);
}

function reviewMoods(obj: Record<string, unknown>): string | undefined {
  const textKey = Object.keys(obj).find((k) => TEXT.test(snake(k)) && typeof obj[k] === 'string');
  if (textKey === undefined) return undefined;
  const text = obj[textKey] as string;
  const praise = PRAISE.test(text.replace(/\bwould not recommend\b/gi, ''));
  const complaint = COMPLAINT.test(text);
  if (praise && complaint && text.split(/(?<=[.!?])\s+/).length > 1) return `one review says two things: "${text}"`;
  const scoreKey = Object.keys(obj).find((k) => SCORE.test(snake(k)) && typeof obj[k] === 'number');
  const score = scoreKey !== undefined ? (obj[scoreKey] as number) : undefined;
  if (score === undefined || score < 0 || score > 5) return undefined;
  if (score <= 2 && praise && !complaint) return `a ${score}-star review says "${text}"`;
  if (score >= 4 && complaint && !praise) return `a ${score}-star review says "${text}"`;
  return undefined;
}

function holidayDate(obj: Record<string, unknown>): string | undefined {
  const name = typeof obj['name'] === 'string' ? (obj['name'] as string).toLowerCase() : undefined;
  if (name === undefined || !(name in FIXED_DAY || name in FROM_EASTER)) return undefined;
  const dateKey = Object.keys(obj).find((k) => DATE_KEY.test(snake(k)) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj[k] as string));
  if (dateKey === undefined) return undefined;
  const date = (obj[dateKey] as string).slice(0, 10);
  const year = Number(date.slice(0, 4));
  const real = name in FIXED_DAY ? `${year}-${FIXED_DAY[name]}` : new Date(easterDay(year) + FROM_EASTER[name]! * 86_400_000).toISOString().slice(0, 10);
  return real === date ? undefined : `${String(obj['name'])} is dated ${date}, not ${real}`;
}

function oppositeAlerts(obj: Record<string, unknown>): string | undefined {
  for (const list of Object.values(obj)) {
    if (!Array.isArray(list) || list.length < 2) continue;
    const events = list.flatMap((item) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
      const key = Object.keys(item).find((k) => ALERT_EVENT.test(snake(k)) && typeof (item as Record<string, unknown>)[k] === 'string');
      return key === undefined ? [] : [(item as Record<string, unknown>)[key] as string];
    }).filter((e) => /\b(advisory|warning|watch)\b/i.test(e));
    const hot = events.find((e) => HOT.test(e));
    const cold = events.find((e) => COLD.test(e));
    if (hot !== undefined && cold !== undefined) return `alerts of one place say "${hot}" and "${cold}" at once`;
  }
  return undefined;
}

function genresApart(obj: Record<string, unknown>): string | undefined {
  const genres = obj['genres'];
  if (!Array.isArray(genres) || genres.length < 2 || !genres.every((g) => typeof g === 'string')) return undefined;
  if (!Object.keys(obj).some((k) => /^(name|artist|artist_name|followers|popularity)$/.test(snake(k)))) return undefined;
  const lower = (genres as string[]).map((g) => g.toLowerCase());
  const mood = lower.find((g) => NOT_STYLE.has(g));
  if (mood !== undefined) return `"${mood}" is listed as a genre beside ${lower.filter((g) => g !== mood).join(', ')}`;
  const judged = lower.filter((g) => FAMILIES.some((f) => f.includes(g)));
  if (judged.length < 2) return undefined;
  return FAMILIES.some((f) => judged.every((g) => f.includes(g))) ? undefined : `one artist's genres do not go together: ${genres.join(', ')}`;
}

const EXCHANGE = /^(exchange|exchange_name|exchange_id|market_name|venue)$/;
const PRICE = /^(price|price_usd|last|last_price|price_quote)$/;
const WHAT = /^(pair|symbol|base|quote_currency|base_currency|asset|coin|currency|market_pair|ticker)$/;

/** One asset's quotes across exchanges that differ by more than a fifth. */
function quotesDiverge(obj: Record<string, unknown>): string | undefined {
  for (const list of Object.values(obj)) {
    if (!Array.isArray(list) || list.length < 2 || !list.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) continue;
    const rows = list as Record<string, unknown>[];
    const first = rows[0]!;
    const ex = Object.keys(first).find((k) => EXCHANGE.test(snake(k)));
    const pr = Object.keys(first).find((k) => PRICE.test(snake(k)));
    if (ex === undefined || pr === undefined || !rows.every((r) => typeof r[ex] === 'string' && typeof r[pr] === 'number' && (r[pr] as number) > 0)) continue;
    if (Object.keys(first).some((k) => WHAT.test(snake(k)) && rows.some((r) => r[k] !== first[k]))) continue;
    const prices = rows.map((r) => r[pr] as number);
    if (Math.max(...prices) / Math.min(...prices) > 1.2) return `one asset is quoted at ${Math.min(...prices)} and ${Math.max(...prices)} across markets`;
  }
  return undefined;
}

export function checkWorld14(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const top = turn.result;
    if (Array.isArray(top)) {
      const wrapped = { items: top } as Record<string, unknown>;
      const found = oppositeAlerts(wrapped);
      if (found) add('opposite_alerts', i, `tool result: ${found}`);
    }
    eachObject(top, (obj) => {
      for (const [rule, found] of [
        ['review_two_moods', reviewMoods(obj)],
        ['holiday_wrong_date', holidayDate(obj)],
        ['opposite_alerts', oppositeAlerts(obj)],
        ['genres_apart', genresApart(obj)],
        ['quotes_diverge', quotesDiverge(obj)],
      ] as const) if (found) add(rule, i, `tool result: ${found}`);
    });
  });
}
