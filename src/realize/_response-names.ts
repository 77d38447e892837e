/** What a goodbye can name of a result: the one item's name, or the list as a noun phrase ("the albums"). */
import type { RecordOperation } from '../plan/types.ts';
import { listNoun } from './_count-nouns.ts';
import { itemName } from './_response-items.ts';
import { listOf } from './_response.ts';
import { isEnglish } from '../language/plain.ts';
import { byeNoun33 } from './_topics33.ts';
import { askedThing33 } from './_replies33.ts';

/** A short name from a result for the user to react to ("Jazz Night"): the first item's name, or the object's. */
export function highlightOf(result: unknown): string | undefined {
  const list = listOf(result);
  // A lower-case word from a list of words ("on sale", "jazz") is a value, not a name to react to.
  const first = list?.items[0];
  // "4 oranges" from a list of ingredients is an amount, not a name: the record's own name is one ("Orange Juice").
  if (typeof first === 'string' && (!/^[\p{Lu}\d]/u.test(first) || !/\p{Lu}/u.test(first))) return result && typeof result === 'object' && !Array.isArray(result) ? spokenName(itemName(result)) : undefined;
  // Of several, the first is one the user never picked: a goodbye names the list ("the 3 players"), not it.
  if (list && list.items.length > 1) return undefined;
  return spokenName(list ? itemName(first) : result && typeof result === 'object' && !Array.isArray(result) ? itemName(result) : undefined);
}

function spokenName(name: string | undefined): string | undefined {
  return name && name.length <= 40 && /\p{L}/u.test(name) && !/^https?:/.test(name) ? name : undefined;
}

/** What came back as a noun phrase ("the 3 albums"), for a goodbye to refer to when no item has a name. */
export function answerNoun(result: unknown, operation: RecordOperation | undefined): string | undefined {
  const list = listOf(result, operation);
  // Answers to a check ([true, false]) are not things a goodbye can name ("the 2 contains").
  if (!list || list.items.length < 2 || list.items.every((item) => item === null || typeof item !== 'object')) return undefined;
  const noun = listNoun(list.name, operation);
  // "the albums", not "the 3 albums": the answer said the count; a goodbye that says it again only repeats it.
  // {sections: […]} of a menu: a goodbye names the menu the user asked about, not its parts (reading 32); never the op's name read (wave 33).
  return askedThing33(noun === 'results' || noun.split(' ').length > 2 ? undefined : byeNoun33(`the ${noun}`, operation), operation);
}

/**
 * What a goodbye may name of a result: its one item's name, unless in another language (the user's goodbye would not
 * read as English); else what came back by its noun ("the albums").
 */
export function heardOf(result: unknown, op: RecordOperation | undefined): string | undefined {
  const highlight = highlightOf(result);
  return highlight && isEnglish(highlight) ? highlight : answerNoun(result, op);
}
