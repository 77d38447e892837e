/**
 * A request whose placeholder the user fills with their own value (QUALITY.md G): "list active weather alerts in
 * a region. The region is Gauteng." is the summary's wording with the value tacked on; a person says "list active
 * weather alerts in Gauteng", "get historical weather for 2024-05-15", "search for the book The Corrections" (never
 * "search books by title, author or subject. The title is The Corrections"). Only a plain name or a date fills a
 * placeholder named by its slot's noun; the values left are said after, as before.
 */
import pluralize from 'pluralize';
import type { DialoguePlan, ParamRef } from '../plan/types.ts';
import { valueMentions } from './_param-speech.ts';

type Plan = Pick<DialoguePlan, 'operations' | 'slots'>;
/** A filled request and the sentence of the values left. */
export interface Filled30 {
  text: string;
  suffix: string;
}

/** A value a person puts straight into a request: a name, never a code or a number. */
const NAME_VALUE = /^[\p{L}][\p{L}'.&, -]{0,38}[\p{L}.]$/u;
const DATE_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** Nouns whose value is no thing a request is for ("for a name", "by a key"). */
const NOT_PLACEHOLDER = /^(?:name|title|id|key|code|query|term|keyword|text|type|kind|status|format|language|sort|order|page|limit)$/;
/** "search books by title, author or subject", "search artists by name": a search said by the fields it is typed in. */
const SEARCH_BY = /\bsearch (?:for )?((?:the )?[a-z]+(?: (?:or|and) (?:[A-Z]{2} )?[a-z]+)?) by (title|name)((?:, [a-z]+)*(?: or [a-z]+)?)(?![\w-])/;

/** The request with one placeholder filled and what is left to say after it; undefined when nothing fits. */
export function filledIntent30(text: string, own: readonly ParamRef[], plan: Plan, valueSay: ((m: string) => string) | undefined, ok: (filled: Filled30) => boolean = () => true): Filled30 | undefined {
  if (!valueSay || own.length === 0 || !/ (?:in|for|on|near|from|by) (?:a|an|some|title|name)\b/.test(text)) return undefined;
  for (const ref of own) {
    // The value as the user says it ("CA" is said "the country is Canada"), from the sentence that would have said it.
    // Its noun too: "the region is Gauteng" of a `region` whose slot noun is "region code".
    const said = /^(?:the|your|my) ([a-z][a-z ]*?) is (.+)$/.exec(valueMentions(plan, [ref]));
    const value = said?.[2];
    if (!said || value === undefined || value.split(' ').length > 5 || (!/[a-z]/.test(value) && !DATE_VALUE.test(value))) continue;
    const noun = said[1] as string;
    const filled = DATE_VALUE.test(value) ? datePlaced(text, noun, value) : NAME_VALUE.test(value) ? namePlaced(text, noun, value) : [];
    if (filled.length === 0) continue;
    const rest = own.filter((r) => r !== ref);
    const suffix = rest.length > 0 ? ` ${valueSay(valueMentions(plan, rest))}` : '';
    // The plain wording first; one that keeps the noun ("in the Gauteng region") where the noun is what finds the operation.
    const found = filled.map((t) => ({ text: t, suffix })).find(ok);
    if (found) return found;
  }
  return undefined;
}

/** "get the observed weather on a past date" with the date 2024-05-15: "… on 2024-05-15", else "… on the date 2024-05-15". */
function datePlaced(text: string, noun: string, value: string): string[] {
  if (noun !== 'date') return [];
  const at = / (on|for|from) (?:a|an|the|some) (?:(?:past|future|given|specific|certain|particular) )?date\b/.exec(text);
  if (!at) return [];
  const [head, tail] = [text.slice(0, at.index), text.slice(at.index + at[0].length)];
  return [`${head} ${at[1]} ${value}${tail}`, `${head} ${at[1]} the date ${value}${tail}`];
}

/** Nouns of an area a name is said before ("the Gauteng region"). */
const AREA = /^(?:region|state|province|county|district|area|territory|borough|municipality)$/;

/**
 * "list alerts in a region" with the region Gauteng: "… in Gauteng" (else "in the Gauteng region", "in the region
 * Gauteng"); "search artists by name" with the artist name Isla Lark: "search for the artist Isla Lark".
 */
function namePlaced(text: string, noun: string, value: string): string[] {
  const search = SEARCH_BY.exec(text);
  if (search && /(?:^| )(?:name|title)$/.test(noun)) {
    const things = (search[1] as string).replace(/^the /, '');
    const one = /^[a-z]+$/.test(things) ? pluralize.singular(things) : undefined;
    const [head, tail] = [text.slice(0, search.index), text.slice(search.index + search[0].length)];
    const said = one && one !== things ? `search for the ${one} ${value}` : `search for ${things} called ${value}`;
    return [`${head}${said}${tail}`, `${head}search ${things} by the ${search[2]} ${value}${tail}`];
  }
  // "the region" fills "in a region"; a name or a key ("the city name") fills nothing.
  if (!/^[a-z]{3,}$/.test(noun) || NOT_PLACEHOLDER.test(noun)) return [];
  const at = new RegExp(`\\b(in|for|on|near|from) (?:a|an|some) ${noun}\\b(?! [a-z]+ing\\b)`).exec(text);
  if (!at) return [];
  const [head, tail] = [text.slice(0, at.index), text.slice(at.index + at[0].length)];
  return [`${head}${at[1]} ${value}${tail}`, ...(AREA.test(noun) && /^[A-Z]/.test(value) ? [`${head}${at[1]} the ${value} ${noun}${tail}`] : []), `${head}${at[1]} the ${noun} ${value}${tail}`];
}
