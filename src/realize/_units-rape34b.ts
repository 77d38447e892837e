/**
 * A car's figures said with their units (QUALITY.md E, J), wave 34b: {mileage_year: 15000} is "the yearly mileage is
 * 15000 miles", never "the mileage year is 15000"; a VIN's valuation or cost of ownership, with no currency beside
 * it, is in US dollars ("the total cost is 72331 US dollars"), and its certainty out of 100 is a percent.
 */

type Leaf = { path: string[]; value: string | number | boolean };

const VIN = /^vin$/i;
const CURRENCY = /currency/i;
/** Money fields of a car's record: its costs, prices and values, and the statistics of its market value. */
const MONEY_KEY = /(^|_)(cost|costs|price|value)(_?sum)?$|^(mean|average|median|stdev|below|above)$|_per_mile$/i;
const vinRecords = new WeakMap<readonly Leaf[], boolean>();

/** `name` with its unit for the fields above, else `name` itself. */
export function carUnitName34b(name: string, key: string, value: number, leaves: readonly Leaf[]): string {
  if (/^mileage (per )?year$/.test(name)) return 'yearly mileage';
  if (!MONEY_KEY.test(key) && !/^certainty$/i.test(key)) return name;
  let vin = vinRecords.get(leaves);
  if (vin === undefined) vinRecords.set(leaves, (vin = leaves.some((l) => VIN.test(l.path[l.path.length - 1] ?? '')) && !leaves.some((l) => l.path.some((p) => CURRENCY.test(p)))));
  if (!vin || / in [a-z ]+$/.test(name)) return name;
  if (/^certainty$/i.test(key)) return value >= 0 && value <= 100 ? `${name} in percent` : name;
  return `${name} in US dollars`;
}
