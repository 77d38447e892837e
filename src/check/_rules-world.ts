/**
 * Results that agree with the world (QUALITY.md E): a day's sunset comes after its sunrise, a day with
 * precipitation is not "clear" nor one without it "rain", and an amount has no more decimals than its
 * currency's minor unit (no cents of a won). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyUnderscored } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORLD_INVARIANTS = ['weather_contradiction', 'minor_units'] as const satisfies readonly InvariantId[];

const words = snakeKeyUnderscored;
const PRECIP = /(^|_)(precip|precipitation|precip_mm|precipitation_mm|rain|rainfall|rain_mm|totalprecip_mm|precipitation_sum)$/;
const CONDITION = /(^|_)(condition|conditions|weather|summary|text|main|icon_phrase|phrase|weather_description)$/;
const CURRENCY = /^(currency|currency_code|currency_iso|iso_currency)$/;
const AMOUNT = /(^|_)(price|cost|amount|total|subtotal|tax|fee|fees|tip|balance|discount|base|fare|grand_total)$/;
/** ISO 4217 currencies without a minor unit, and those with three decimals. */
const NO_MINOR = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
const THREE_MINOR = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

export function checkWorld(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool') return;
    eachObject(turn.result, (obj) => {
      const problem = sunOrder(obj) ?? precipitationCondition(obj);
      if (problem) add('weather_contradiction', i, `tool result: ${problem}`);
      const money = minorUnits(obj);
      if (money) add('minor_units', i, `tool result: ${money}`);
    });
  });
}

/** The instant of a sunrise or sunset value, or minutes of a local clock ("06:42"), comparable within one form. */
function moment(value: unknown): { form: string; at: number } | undefined {
  if (typeof value === 'number' && value > 1e9) return { form: 'epoch', at: value };
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return { form: 'instant', at: Date.parse(value) };
  const clock = /^(\d{1,2}):(\d{2})(:\d{2})?$/.exec(value);
  if (clock) return { form: 'clock', at: Number(clock[1]) * 60 + Number(clock[2]) };
  return undefined;
}

function sunOrder(obj: Record<string, unknown>): string | undefined {
  let rise: [string, unknown] | undefined;
  let set: [string, unknown] | undefined;
  for (const [k, v] of Object.entries(obj)) {
    const w = words(k);
    if (/(^|_)sunrise$/.test(w)) rise = [k, v];
    else if (/(^|_)sunset$/.test(w)) set = [k, v];
  }
  if (!rise || !set) return undefined;
  const a = moment(rise[1]);
  const b = moment(set[1]);
  if (!a || !b || a.form !== b.form || Number.isNaN(a.at) || Number.isNaN(b.at)) return undefined;
  // An instant's sunset follows its sunrise within the day; a local clock's sunset is later on the clock.
  const day = a.form === 'clock' ? Infinity : a.form === 'epoch' && a.at < 1e11 ? 86_400 : 86_400_000;
  const wrong = b.at <= a.at || b.at - a.at >= day;
  return wrong ? `${set[0]} ${JSON.stringify(set[1])} is not after ${rise[0]} ${JSON.stringify(rise[1])} on the same day` : undefined;
}

function precipitationCondition(obj: Record<string, unknown>): string | undefined {
  let amount: [string, number] | undefined;
  let condition: [string, string] | undefined;
  for (const [k, v] of Object.entries(obj)) {
    const w = words(k);
    if (typeof v === 'number' && PRECIP.test(w)) amount ??= [k, v];
    else if (typeof v === 'string' && v.length <= 40 && CONDITION.test(w)) condition ??= [k, v];
  }
  if (!amount || !condition) return undefined;
  const [ak, mm] = amount;
  const [ck, text] = condition;
  if (mm >= 1 && /\b(clear|sunny|fair)\b/i.test(text) && !/rain|shower|snow|storm|drizzle/i.test(text)) return `${ak} ${mm} with ${ck} ${JSON.stringify(text)}`;
  if (mm === 0 && /rain|drizzle|snow|sleet|shower|storm/i.test(text)) return `${ak} 0 with ${ck} ${JSON.stringify(text)}`;
  if (mm >= 30 && /drizzle|\bfog\b|\bmist\b|\blight\b/i.test(text)) return `${ak} ${mm} with ${ck} ${JSON.stringify(text)}`;
  return undefined;
}

function minorUnits(obj: Record<string, unknown>): string | undefined {
  const currency = Object.entries(obj).find(([k, v]) => CURRENCY.test(words(k)) && typeof v === 'string' && /^[A-Z]{3}$/.test(v))?.[1] as string | undefined;
  if (currency === undefined) return undefined;
  const allowed = NO_MINOR.has(currency) ? 0 : THREE_MINOR.has(currency) ? 3 : 2;
  for (const [k, v] of Object.entries(obj)) {
    if (!AMOUNT.test(words(k)) || typeof v !== 'number' || !Number.isFinite(v)) continue;
    const decimals = (String(v).split('.')[1] ?? '').length;
    if (decimals > allowed) return `${k} ${v} has ${decimals} decimals, but ${currency} has ${allowed === 0 ? 'no minor unit' : `${allowed}`}`;
  }
  return undefined;
}
