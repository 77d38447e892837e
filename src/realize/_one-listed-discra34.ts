/**
 * A list field holding one value is said in the singular (wave 34): `continents: ["Asia"]` is "the continent is
 * Asia", never "the continents are Asia"; `tags: ["travel"]` is "the tag is travel".
 */
import { isPluralNoun } from './words.ts';

/** True where `value` is a one-item list under a plural name whose last word is the plural ("continents", not "number of items"). */
export const oneListed34 = (name: string, value: unknown): boolean => Array.isArray(value) && value.length === 1 && !/\s(of|in)\s/.test(name) && isPluralNoun(name);
