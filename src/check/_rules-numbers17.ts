/**
 * Numbers, amounts and id/URL shapes no real system returns, wave 17 (QUALITY.md E).
 * - `feels_like_off`: a weather record's feels-like (apparent) temperature is never above a cold air's (10 °C or
 *   less: wind only makes it feel colder) and never more than 10 degrees from the air's.
 * - `amount_scale_currency`: an amount with cents below 1 000 is never in a currency of large units (531.97 COP is
 *   13 US cents, and nobody writes centavos of it); a currency the call sent is left alone.
 * - `imdb_id_shape`: an IMDb id is IMDb's shape: "tt" (a title) or "nm" (a person) and seven or eight digits.
 * - `relative_time_clock`: a relative time ("3 days ago") is never a clock time ("18:15").
 * - `file_link_bare`: a record naming a file ("report.pdf") links to that file, and an image's link (`posterUrl`) to an
 *   image, never a bare site's root.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyDashed } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const NUMBERS17_INVARIANTS = ['feels_like_off', 'amount_scale_currency', 'imdb_id_shape', 'relative_time_clock', 'file_link_bare'] as const satisfies readonly InvariantId[];

const snake = snakeKeyDashed;

const AIR = /^(temp|temperature|air_?temp(erature)?)(_[cf])?$/;
const FELT = /^(feels_?like|apparent_?temp(erature)?|real_?feel)(_[cf])?$/;

/** Why a record's feels-like temperature cannot be, or undefined (keys of one unit compared: `temp_c` with `feels_like_c`). */
function feelsOff(obj: Record<string, unknown>): string | undefined {
  let air: [string, number] | undefined;
  let felt: [string, number] | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'number') continue;
    const w = snake(k);
    if (AIR.test(w)) air ??= [w, v];
    else if (FELT.test(w)) felt ??= [w, v];
  }
  if (!air || !felt || (air[0].match(/_[cf]$/)?.[0] ?? '') !== (felt[0].match(/_[cf]$/)?.[0] ?? '')) return undefined;
  const fahrenheit = /_f$/.test(air[0]);
  const kelvin = air[1] > 200;
  const celsius = fahrenheit ? (air[1] - 32) / 1.8 : kelvin ? air[1] - 273.15 : air[1];
  const scale = fahrenheit ? 1.8 : 1;
  if (celsius <= 10 && felt[1] > air[1] + 0.5 * scale) return `feels like ${felt[1]} is above the cold air's ${air[1]}`;
  if (Math.abs(felt[1] - air[1]) > 10 * scale) return `feels like ${felt[1]} is far from the air's ${air[1]}`;
  return undefined;
}

/** Currencies of which one US dollar is hundreds or thousands of units (a price in them has no cents). */
const LARGE_UNITS = new Set(['COP', 'IDR', 'VND', 'KRW', 'JPY', 'HUF', 'CLP', 'PYG', 'UGX', 'TZS', 'IRR', 'LAK', 'MMK', 'KHR', 'UZS', 'NGN', 'ARS', 'LBP', 'MNT', 'ISK', 'KZT', 'LKR', 'PKR']);
const CURRENCY = /^(currency|currency_?code|currency_?iso|iso_?currency)$/;
const AMOUNT = /(^|_)(amount|price|total|subtotal|cost|refund|refunded|balance|fee|paid|due)$/;

function smallAmount(obj: Record<string, unknown>, sent: ReadonlySet<string>): string | undefined {
  const codeKey = Object.keys(obj).find((k) => CURRENCY.test(snake(k)));
  const code = codeKey !== undefined ? obj[codeKey] : undefined;
  if (typeof code !== 'string' || !LARGE_UNITS.has(code) || sent.has(code)) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'number' && v > 0 && v < 1000 && !Number.isInteger(v) && AMOUNT.test(snake(k))) return `${k} ${v} ${code} is an amount of cents in a currency of large units`;
  }
  return undefined;
}

const IMDB_KEY = /^(imdb|imdb_?id|imdbid|imdb_?code|imdb_?title_?id)$/;
const IMDB_ID = /^(tt|nm|co|ch|ev|ni)\d{7,8}$/;
const RELATIVE = /(^|_)(relative_?time|time_?ago|relative_?date|posted_?ago)$/;
const CLOCK = /^\d{1,2}:\d{2}(:\d{2})?$/;

const FILE_NAME_KEY = /^(name|file_?name|filename|file|title)$/;
const FILE_NAME = /^[^/\\?#\s]{1,120}\.(pdf|docx?|xlsx?|pptx?|csv|txt|json|xml|zip|jpe?g|png|gif|webp|svg|mp3|mp4|mov|wav)$/i;
const LINK_KEY = /^(url|uri|link|href|download_?url|download_?link|file_?url|file_?link)$/;
const IMAGE_LINK = /^(image|img|thumbnail|thumb|photo|picture|avatar|logo|cover|poster|banner|backdrop)(_?url|_?link|_?src)?$/;
const BARE_SITE = /^https?:\/\/[^/?#]+\/?$/;

function shapeProblems(obj: Record<string, unknown>): string[] {
  const out: string[] = [];
  let file: string | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string') continue;
    const w = snake(k);
    if (IMDB_KEY.test(w) && v !== '' && !IMDB_ID.test(v)) out.push(`imdb_id_shape:${k} ${JSON.stringify(v)} is no IMDb id (tt and 7–8 digits)`);
    if (RELATIVE.test(w) && CLOCK.test(v.trim())) out.push(`relative_time_clock:${k} ${JSON.stringify(v)} is a clock time, not a relative time`);
    if (FILE_NAME_KEY.test(w) && FILE_NAME.test(v)) file ??= v;
    if (IMAGE_LINK.test(w) && BARE_SITE.test(v)) out.push(`file_link_bare:the image ${k} is the bare site ${v}`);
  }
  if (file !== undefined) {
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'string' && LINK_KEY.test(snake(k)) && BARE_SITE.test(v)) out.push(`file_link_bare:the link of ${JSON.stringify(file)} is the bare site ${v}`);
    }
  }
  return out;
}

export function checkNumbers17(record: DialogueRecord, add: Add): void {
  const sent = new Set<string>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) {
      for (const v of Object.values(turn.call.arguments)) if (typeof v === 'string') sent.add(v);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      const feels = feelsOff(obj);
      if (feels) add('feels_like_off', i, `tool result: ${feels}`);
      const money = smallAmount(obj, sent);
      if (money) add('amount_scale_currency', i, `tool result: ${money}`);
      for (const problem of shapeProblems(obj)) {
        const cut = problem.indexOf(':');
        add(problem.slice(0, cut) as InvariantId, i, `tool result: ${problem.slice(cut + 1)}`);
      }
    });
  });
}
