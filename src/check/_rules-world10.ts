/**
 * World facts a result states about itself (QUALITY.md E): a currency's record names and marks that currency
 * (THB is not "SGD" with the symbol €, a list of currencies does not list THB three times), and a BMI's category
 * and obesity class are those of the number (BMI 41.15 is not "Business", "Class D"). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORLD10_INVARIANTS = ['currency_record', 'bmi_category', 'temperature_units'] as const satisfies readonly InvariantId[];

/** Symbols that mark one currency only, and currency names, each with its code. */
const SYMBOL_OF: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', '₹': 'INR', '฿': 'THB', '₩': 'KRW', '₦': 'NGN', '₺': 'TRY', '₪': 'ILS', '₴': 'UAH', '₱': 'PHP', '₫': 'VND', 'zł': 'PLN', 'Kč': 'CZK', 'Ft': 'HUF', 'R$': 'BRL', 'A$': 'AUD', 'CA$': 'CAD', 'S$': 'SGD', 'NZ$': 'NZD', 'HK$': 'HKD' };
const NAME_OF: Readonly<Record<string, string>> = { 'euro': 'EUR', 'us dollar': 'USD', 'united states dollar': 'USD', 'british pound': 'GBP', 'pound sterling': 'GBP', 'japanese yen': 'JPY', 'swiss franc': 'CHF', 'canadian dollar': 'CAD', 'australian dollar': 'AUD', 'indian rupee': 'INR', 'thai baht': 'THB', 'singapore dollar': 'SGD', 'ethiopian birr': 'ETB', 'chinese yuan': 'CNY', 'south korean won': 'KRW', 'mexican peso': 'MXN', 'brazilian real': 'BRL' };
const CODE_KEY = /^(code|currency|currency_?code|currency_?iso|iso_?currency|iso_?code|iso)$/i;
const SYMBOL_KEY = /^(symbol|currency_?symbol|sign)$/i;
const NAME_KEY = /^(name|currency_?name|display_?name|full_?name)$/i;
const MONEY_KEY = /price|amount|total|cost|fee|balance|rate|value|change|volume|quantity/i;
const BMI_KEY = /^(bmi|body_?mass_?index|bmi_?value|bmi_?score)$/i;
const BMI_CATEGORY_KEY = /^((weight|bmi)_?)?(category|classification)$/i;
const OBESE_CLASS_KEY = /^obes(e|ity)_?(class|level|grade)$/i;

export function checkWorld10(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool') return;
    eachObject(turn.result, (obj) => {
      const problem = currencyRecord(obj) ?? repeatedCurrencies(obj);
      if (problem) add('currency_record', i, `tool result: ${problem}`);
      const bmi = bmiCategory(obj);
      if (bmi) add('bmi_category', i, `tool result: ${bmi}`);
      const units = mixedTemperatures(obj);
      if (units) add('temperature_units', i, `tool result: ${units}`);
    });
  });
}

/** The code of a currency's own record (no amounts beside it), if it is one. */
function recordCode(obj: Record<string, unknown>): [string, string] | undefined {
  const keys = Object.keys(obj);
  if (keys.some((k) => MONEY_KEY.test(k))) return undefined;
  const key = keys.find((k) => CODE_KEY.test(k) && typeof obj[k] === 'string' && /^[A-Z]{3}$/.test(obj[k] as string));
  return key === undefined ? undefined : [key, obj[key] as string];
}

function currencyRecord(obj: Record<string, unknown>): string | undefined {
  const found = recordCode(obj);
  if (!found) return undefined;
  const [codeKey, code] = found;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string' || k === codeKey) continue;
    if (SYMBOL_KEY.test(k) && SYMBOL_OF[v] !== undefined && SYMBOL_OF[v] !== code) return `${codeKey} ${code} has the symbol ${v} of ${SYMBOL_OF[v]}`;
    if (NAME_KEY.test(k)) {
      const named = /^[A-Z]{3}$/.test(v) ? v : NAME_OF[v.toLowerCase()];
      if (named !== undefined && named !== code) return `${codeKey} ${code} is named "${v}" (${named})`;
    }
  }
  return undefined;
}

/** A list of currency records under a currency key lists each code once. */
function repeatedCurrencies(obj: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (!/currenc/i.test(k) || !Array.isArray(v) || v.length < 2) continue;
    const codes = v.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? recordCode(item as Record<string, unknown>)?.[1] : undefined)).filter((c): c is string => c !== undefined);
    const repeat = codes.find((c, j) => codes.indexOf(c) < j);
    if (repeat !== undefined) return `${k} lists ${repeat} more than once`;
  }
  return undefined;
}

function bmiCategory(obj: Record<string, unknown>): string | undefined {
  const key = Object.keys(obj).find((k) => BMI_KEY.test(k) && typeof obj[k] === 'number');
  if (key === undefined) return undefined;
  const bmi = obj[key] as number;
  if (!(bmi > 5 && bmi < 120)) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string') continue;
    const said = v.toLowerCase();
    if (BMI_CATEGORY_KEY.test(k)) {
      const right = bmi < 18.5 ? /under/ : bmi < 25 ? /normal|healthy/ : bmi < 30 ? /over|pre-?obes/ : /obes/;
      if (!right.test(said)) return `${key} ${bmi} has the ${k} "${v}"`;
    } else if (OBESE_CLASS_KEY.test(k) && bmi >= 30) {
      const roman = bmi < 35 ? /\b(i|1)$/ : bmi < 40 ? /\b(ii|2)$/ : /\b(iii|3)$/;
      if (!roman.test(said.trim())) return `${key} ${bmi} has the ${k} "${v}"`;
    }
  }
  return undefined;
}

const TEMPERATURE_KEY = /^(high|low|temp|temperature|max_?temp|min_?temp|temp_?max|temp_?min|max_?temp_?c|min_?temp_?c|avg_?temp|feels_?like|temp_?c|maxtemp_?c|mintemp_?c|avgtemp_?c|temperature_?(high|low|max|min))$/i;

/** The items of one list give their temperatures in one unit: never a high of 26 beside the next day's 289 (kelvin). */
function mixedTemperatures(obj: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (!Array.isArray(v) || v.length < 2) continue;
    let kelvin: number | undefined;
    let degrees: number | undefined;
    for (const item of v) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      for (const [tk, t] of Object.entries(item as Record<string, unknown>)) {
        if (typeof t !== 'number' || !TEMPERATURE_KEY.test(tk)) continue;
        if (t > 200) kelvin = t;
        else if (t < 60) degrees = t;
      }
    }
    if (kelvin !== undefined && degrees !== undefined) return `${k} mixes temperatures of ${degrees} and ${kelvin}`;
  }
  return undefined;
}
