/** A country, language or continent code the user gives, said by its name: "the country is France" for `country_code: "FR"`. */
import { sayAsPerson } from './_say.ts';
import { regionByName27 } from './_region-names27.ts';

export function codeByName(noun: string, value: unknown): string | undefined {
  const region = regionByName27(noun, value);
  if (region) return region;
  if (typeof value !== 'string' || !/^[A-Za-z]{2}$/.test(value) || !/\b(?:country|language|continent) code$/.test(noun)) return undefined;
  const thing = noun.replace(/ code$/, '');
  const name = sayAsPerson(thing, value, String);
  return name === value ? undefined : `the ${thing} is ${name}`;
}
