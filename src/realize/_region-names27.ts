/** A region code the user gives ("FR.IDF", "US-CA"), said by the region's name: a person names Île-de-France, the call sends its code. */
import { subdivisionName } from '../world/index.ts';

export function regionByName27(noun: string, value: unknown): string | undefined {
  const m = typeof value === 'string' && /\bregion(?: code)?$/.test(noun) ? /^([A-Z]{2})[.-]([A-Z0-9]{1,3})$/.exec(value) : null;
  const name = m ? subdivisionName(`${m[1]}-${m[2]}`) : undefined;
  return name ? `the region is ${name}` : undefined;
}
