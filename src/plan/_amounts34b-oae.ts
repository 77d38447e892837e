/**
 * A payment's description, currency and amount agree (wave 34b): a taxi fare in Rio de Janeiro is paid in reais,
 * never in naira; amounts are of the size usual in their currency (a taxi is thousands of naira, not twenty);
 * a refund is money coming back, so it is positive to the account.
 */
import { cityCountry, citiesOfCountry } from '../world/populations.ts';
import { countryFacts } from '../world/countries.ts';
import { currencyFacts } from '../world/currencies.ts';
import { perDollar } from '../world/rates22.ts';

type Json = Record<string, unknown>;

/** A description that names the city it was paid in: `Taxi fare in Lisbon.`, `Card payment at Lisbon Market.` */
const PLACED = /^(Taxi fare in |Card payment at )(.+?)( Market)?\.$/;

/** Units of `currency` per US dollar where it is much smaller than a dollar (3 or more), else 1. */
export function currencyScale34b(currency: string): number {
  const rate = perDollar(currency);
  return rate !== undefined && rate >= 3 ? rate : 1;
}

/** The currency paid in a well-known city, undefined for one the world does not know. */
function cityCurrency(city: string): string | undefined {
  const code = cityCountry(city);
  return code === undefined ? undefined : countryFacts(code)?.currency;
}

/** Cheap stable index from a string (FNV-1a). */
function index(text: string, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

/**
 * A description naming a city whose currency is not the amount's gets a city of the amount's currency (`Taxi fare
 * in Lagos.` for NGN), else no city at all (`Taxi fare.`).
 */
export function placeFitsCurrency34b(obj: Json, pinned: ReadonlySet<string>): void {
  const text = obj.description;
  if (typeof text !== 'string' || pinned.has(JSON.stringify(text))) return;
  const m = PLACED.exec(text);
  if (!m) return;
  const amount = obj.amount;
  const wrapped = amount && typeof amount === 'object' && !Array.isArray(amount) ? (amount as Json) : undefined;
  const currency = String(wrapped?.currency ?? obj.currency ?? '').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return;
  const own = cityCurrency(m[2]!);
  if (own === undefined || own === currency) return;
  const country = currencyFacts(currency)?.country;
  const code = country === undefined ? undefined : countryFacts(country)?.code;
  const cities = code === undefined ? [] : citiesOfCountry(code);
  if (cities.length > 0) obj.description = `${m[1]}${cities[index(text, cities.length)]}${m[3] ?? ''}.`;
  else obj.description = m[1] === 'Taxi fare in ' ? 'Taxi fare.' : 'Card payment at a market.';
}

/** A refund is money coming back: its amount is positive to the account. */
export function refundPositive34b(obj: Json, pinned: ReadonlySet<string>): void {
  if (typeof obj.description !== 'string' || !/^refund\b/i.test(obj.description)) return;
  const amount = obj.amount;
  const wrapped = amount && typeof amount === 'object' && !Array.isArray(amount) ? (amount as Json) : undefined;
  const value = wrapped ? wrapped.value : amount;
  if (typeof value !== 'number' || value >= 0 || pinned.has(JSON.stringify(value))) return;
  if (wrapped) wrapped.value = -value;
  else obj.amount = -value;
}
