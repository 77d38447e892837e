/** Rough units per US dollar of common currencies: enough to tell a yearly salary from an hourly one. */
const PER_DOLLAR: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, CHF: 0.88, CAD: 1.36, AUD: 1.52, NZD: 1.65, JPY: 150, KRW: 1350, CNY: 7.2, HKD: 7.8,
  TWD: 32, SGD: 1.35, INR: 83, BRL: 5, MXN: 17, ARS: 900, CLP: 900, COP: 3900, PEN: 3.7, ZAR: 18.5, EGP: 48,
  NGN: 1500, KES: 130, TRY: 32, AED: 3.67, SAR: 3.75, ILS: 3.7, SEK: 10.5, NOK: 10.7, DKK: 6.9, ISK: 138, PLN: 4,
  CZK: 23, HUF: 360, RON: 4.6, UAH: 39, THB: 36, VND: 25000, PHP: 56, IDR: 16000, MYR: 4.7,
};

/** An amount in `currency` as rough US dollars; undefined for a currency not in the table. */
export function roughDollars(amount: number, currency: string): number | undefined {
  const rate = PER_DOLLAR[currency.toUpperCase()];
  return rate === undefined ? undefined : amount / rate;
}

/** Rough units of `currency` per US dollar; undefined for a currency not in the table. */
export function perDollar(currency: string): number | undefined {
  return PER_DOLLAR[currency.toUpperCase()];
}
