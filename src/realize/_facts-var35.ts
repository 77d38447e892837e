/**
 * How a response joins the facts it reports. Always "a, b and c" put "… and the status is …" into most responses
 * of a dataset (the commonest word pair of the whole set, and a chain a fine-tuned model learns as the only way
 * to report a record). People also say facts one sentence at a time, or in two short sentences. The choice is
 * drawn from a forked stream so that the rest of the dialogue's wording does not shift.
 */
import type { Rng } from '../random/index.ts';
import { joinList, upperFirst } from './words.ts';

/** A fact that can open its own sentence: "the state is pending", "there are 3 playlists", "it was created on …". */
const CLAUSE = /^(?:the|there|its|their|it|they) \S/;
/** Facts led by a pronoun: two of them stay in one list ("It had 66 clicks. It had 7 complaints." repeats its opening). */
const PRONOUN = /^(?:it|they) /;
/** A fact that may open a sentence after another: "It was created on …" there is read as the record's date and
 * renamed by the record's noun (`_replies33.ts` datedRecord), so it stays inside a list. */
const opens = (f: string): boolean => CLAUSE.test(f) && !/^(?:it|they) (?:was|were) /.test(f);

/** "the name is Vertex" → "The name is Vertex." (a value never ends a sentence with its own period). */
const sentence = (f: string): string => `${upperFirst(f)}${/[.!?]$/.test(f) ? '' : '.'}`;

/** The facts, said through one of `frames` ("It shows that …."), joined as a list or in shorter sentences. */
export function saidFacts35(rng: Rng, frames: readonly ((about: string) => string)[], facts: readonly string[]): string {
  const frame = rng.pick(frames);
  if (facts.length < 2 || !facts.slice(1).every((f) => CLAUSE.test(f)) || facts.some((f) => /[;]|\.$/.test(f)) || facts.filter((f) => PRONOUN.test(f)).length > 1) return frame(joinList(facts));
  let way: number;
  try {
    way = rng.fork('facts35').int(0, 9);
  } catch {
    return frame(joinList(facts)); // an unkeyed generator (tests, the LLM realizer's fallbacks) keeps the list
  }
  // A fact holding its own "and" ("the markets are CO, FR and IL") runs into the next one's "and the": each its own sentence.
  if (facts.slice(1).every(opens) && facts.slice(0, -1).some((f) => / and /.test(f))) return [frame(facts[0] as string), ...facts.slice(1).map(sentence)].join(' ');
  if (way < 4) return frame(joinList(facts));
  // Two facts: two sentences. Three: one sentence each, or the first two together. Four or more: the first two (often
  // a pair: the minimum and the maximum, the make and the model) together, then the rest.
  const each = facts.slice(1).every(opens);
  if (each && (facts.length === 2 || (facts.length === 3 && way < 7))) return [frame(facts[0] as string), ...facts.slice(1).map(sentence)].join(' ');
  if (facts.length === 2 || !opens(facts[2] as string)) return frame(joinList(facts));
  // "A and b. C. D.": one "and", as in the list; never "A and b. C and d.", which says it twice.
  const rest = facts.slice(2);
  return `${frame(joinList(facts.slice(0, 2)))} ${rest.length <= 2 && rest.every(opens) ? rest.map(sentence).join(' ') : sentence(joinList(rest))}`;
}

/** What each listed item has, one fact a field ("They have 29311, 799 and 5385938 followers", "the genres are …"):
 * two such lists in one sentence run their "and"s together ("… 5385938 followers and the genres are …"), so facts
 * that hold a list of their own are said one sentence each. Ends with its period. */
export function eachSaid35(each: readonly string[]): string {
  if (each.length < 2 || !each.some((f) => / and /.test(f))) return `${upperFirst(joinList(each))}.`;
  return each.map(sentence).join(' ');
}
