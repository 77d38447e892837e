/**
 * What items of one list do not share is said of each of them or not at all (QUALITY.md J): "their durations are
 * 4 minutes 47 seconds, 5 minutes and 3 minutes", "they have 20, 25 and 25 vertices" — never "for the first one, it
 * has 20 vertexes", one arbitrary item's detail, nor a field that restates the item's name ("for Chapter 1, the
 * chapter number is 1").
 */
import { joinList, plural } from './words.ts';
import { unsaidValues30 } from './_replies30.ts';

const FIELD = /^the ([a-zA-Z][a-zA-Z0-9 ]*?) is ([^;]+)$/;
const HAS = /^it has (-?[\d.,]+) ([a-z][a-z ]*)$/;
const IN = /^it is in ([^,;]+)$/;
/** "it starts on September 19, 2026", "it was posted on July 17, 2025". */
const VERB = /^it (was [a-z]+ed|[a-z]+s) (on|at|from) ([^;]+)$/;
const COORDINATE = /\b(latitude|longitude|lat|lon|lng|coordinates?)$/;
const KIND = /^the [a-z]+ (?:type|kind) is /;
/** Texts (a story, a description) are quoted one at a time or summed up, never run together mid-sentence (QUALITY.md J). */
const LONG_TEXT27 = /\b(overview|synopsis|plot|bio|biography|abstract|excerpt|snippet|tagline|review|comment)$/i;
/** More items than this are not said one by one. */
const MOST = 5;

/** "the chapter number is 1" of "Chapter 1": the value and a word of the field are both in the name. */
export function restatesName26(fact: string, name: string | undefined): boolean {
  const m = FIELD.exec(fact);
  if (!m || !name) return false;
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const value = (m[2] as string).toLowerCase();
  return words.includes(value) && (m[1] as string).toLowerCase().split(' ').some((w) => w.length >= 3 && words.includes(w));
}

const DATE_COMMA28 = / \d{1,2}, \d{4}\b/g;

/** Each fact of `rest` (the first item's) as the values of every item, in order; facts not every item has are left out. */
export function eachItem26(rest: readonly string[], items: readonly unknown[], factsOf: (item: unknown) => readonly string[]): string[] {
  if (rest.length === 0 || items.length < 2 || items.length > MOST) return [];
  const all = items.map((item) => factsOf(item));
  const out: string[] = [];
  // An item's kind ("the employment type is temporary") first: it is what tells the items apart.
  const kindFirst = [...rest].sort((a, b) => Number(!KIND.test(a)) - Number(!KIND.test(b)));
  for (const fact of kindFirst) {
    const field = FIELD.exec(fact);
    const has = HAS.exec(fact);
    const at = IN.exec(fact);
    const verb = VERB.exec(fact);
    if (field && (COORDINATE.test(field[1] as string) || /\b(ID|slug|code)$/i.test(field[1] as string) || LONG_TEXT27.test(field[1] as string))) continue; // "the latitudes are -33.4533, -33.4653 and …" tells a person nothing
    if (field) {
      const head = `the ${field[1]} is `;
      const values = all.map((facts) => facts.find((f) => f.startsWith(head))?.slice(head.length));
      if (values.every((v): v is string => v !== undefined && !v.replace(DATE_COMMA28, '').includes(',') && v.length <= 60 && v.split(' ').length < 8) && !unsaidValues30(field[1] as string, values)) out.push(`the ${plural(field[1] as string)} are ${joinList(values)}`); // a date's own comma is no list (wave 28)
    } else if (has) {
      const noun = plural(has[2] as string);
      const values = all.map((facts) => facts.map((f) => HAS.exec(f)).find((m) => m !== null && plural(m[2] as string) === noun)?.[1]);
      if (values.every((v) => v !== undefined)) out.push(`they have ${joinList(values as string[])} ${noun}`);
    } else if (verb) {
      const head = `it ${verb[1]} ${verb[2]} `;
      const values = all.map((facts) => facts.find((f) => f.startsWith(head))?.slice(head.length));
      const they = (verb[1] as string).startsWith('was ') ? `were ${(verb[1] as string).slice(4)}` : (verb[1] as string).replace(/s$/, '');
      // A date's own comma ("September 19, 2026") is the only one a value may hold.
      if (values.every((v): v is string => v !== undefined && !v.replace(/ \d{1,2}, \d{4}\b/g, '').includes(','))) out.push(`they ${they} ${verb[2]} ${joinList(values)}`);
    } else if (at) {
      const values = all.map((facts) => facts.map((f) => IN.exec(f)).find((m) => m !== null)?.[1]);
      if (values.every((v) => v !== undefined)) out.push(`they are in ${joinList(values as string[])}`);
    }
    if (out.length >= 2) break;
  }
  return out;
}
