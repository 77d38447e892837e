/**
 * A list field holding one value is said in the singular (wave 34): `continents: ["Asia"]` is "the continent is
 * Asia", never "the continents are Asia"; `tags: ["travel"]` is "the tag is travel".
 */
import { isPluralNoun, singular } from './words.ts';

/** True where a list leaf said one value (`many` false; undefined for a leaf that is no list) under a plural name whose last word is the plural ("continents", not "number of items"). */
export const oneListed34 = (name: string, many: boolean | undefined): boolean => many === false && !/\s(of|in)\s/.test(name) && isPluralNoun(name);

/** The name a one-item list is said by: "photo URLs" → "photo URL" (an acronym keeps its capitals), "continents" → "continent". */
export const oneListedName34 = (name: string): string => (/[A-Z]{2,}s$/.test(name) ? name.slice(0, -1) : singular(name));
