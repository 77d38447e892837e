/**
 * A request whose placeholder the user fills with their own value (QUALITY.md G): "list active weather alerts in
 * a region. The region is Gauteng." is the summary's wording with the value tacked on; a person says "list active
 * weather alerts in Gauteng". Only a plain name (no digits, a few words) fills a placeholder named by its slot's
 * noun; the values left are said after, as before.
 */
import type { DialoguePlan, ParamRef } from '../plan/types.ts';
import { refNoun } from './_mention.ts';
import { valueMentions } from './_param-speech.ts';

type Plan = Pick<DialoguePlan, 'operations' | 'slots'>;

/** A value a person puts straight into a request: a name, never a code, a number or a date. */
const NAME_VALUE = /^[A-Za-z][A-Za-z'. -]{1,38}[A-Za-z]$/;

/** The request with one placeholder filled and what is left to say after it; undefined when nothing fits. */
export function filledIntent30(text: string, own: readonly ParamRef[], plan: Plan, valueSay: ((m: string) => string) | undefined): { text: string; suffix: string } | undefined {
  if (!valueSay || own.length === 0 || !/ (?:in|for|on|near|from) (?:a|an) [a-z]/.test(text)) return undefined;
  for (const ref of own) {
    const value = plan.slots.find((s) => s.operation === ref.operation && s.param === ref.param)?.value;
    if (typeof value !== 'string' || !NAME_VALUE.test(value) || value.split(' ').length > 4) continue;
    const noun = refNoun(plan, ref).replace(/^(?:the|your|my) /, '');
    // "the region" fills "in a region"; "the subject" fills "in a subject"; a name or a key ("the city name") fills nothing.
    if (!/^[a-z]{3,}$/.test(noun) || /^(?:name|title|id|key|code|query|term|keyword|text|type|kind|status|format|language|sort|order)$/.test(noun)) continue;
    const at = new RegExp(`\\b(in|for|on|near|from) (?:a|an) ${noun}\\b(?! [a-z]+ing\\b)`).exec(text);
    if (!at) continue;
    const filled = `${text.slice(0, at.index)}${at[1]} ${value}${text.slice(at.index + at[0].length)}`;
    const rest = own.filter((r) => r !== ref);
    return { text: filled, suffix: rest.length > 0 ? ` ${valueSay(valueMentions(plan, rest))}` : '' };
  }
  return undefined;
}
