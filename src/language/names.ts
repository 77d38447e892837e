/** Names for parameters whose own name says nothing a person would (a bare preposition). */
import { plainText } from './plain.ts';

/** Bare range bounds ("from", "to") are no nouns: "the start date", "the recipient". */
const BOUND_START = /^(from|since|after|start|begin)$/i;
const BOUND_END = /^(to|until|till|before|end)$/i;

export function boundNoun(param: string, schema: Record<string, unknown> | undefined): string | undefined {
  const start = BOUND_START.test(param);
  if (!start && !BOUND_END.test(param)) return undefined;
  // {from: {default: "2022-01-28"}}: an example or default that is a date says the bound is one ("the start date", never "the starting point").
  const sample = [schema?.default, schema?.example].find((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) ? 'date' : '';
  const about = `${String(schema?.format ?? '')} ${plainText(String(schema?.description ?? ''))} ${sample}`.toLowerCase();
  if (/date|time|day|iso ?8601|timestamp|yyyy/.test(about)) return start ? 'start date' : 'end date';
  if (/e-?mail|address|recipient|sender|phone|number/.test(about)) return start ? 'sender' : 'recipient';
  if (/currenc/.test(about)) return start ? 'source currency' : 'target currency';
  if (/language|locale/.test(about)) return start ? 'source language' : 'target language';
  return start ? 'starting point' : 'destination';
}

/** "retrieve video details to enhance your application's functionality" → "retrieve video details": marketing out. */
export function withoutPurpose(phrase: string): string {
  const cut = phrase.replace(/,?\s+(?:(?:in order )?to|so that|which helps?|helping)\s+(?:enhance|help|improve|provide|make|allow|enable|ensure|give|empower|boost|streamline|power)\b.*$/i, '');
  // "add a new custom metadata field to be indexed for the account": what is done with it later is no part of the request.
  const done = cut.replace(/\s+to be (?:[a-z]{3,}ed|done|seen|shown|sent|kept|made)\b.*$/i, '');
  if (done !== cut && done.split(/\s+/).length >= 3) return done;
  return cut.split(/\s+/).length >= 2 ? cut : phrase;
}
