/**
 * The noun of a list named by the operation's summary when neither its key nor its path names one (wave 34):
 * "Get long weekends for a given country" at `/LongWeekend/{year}/{countryCode}` counts "8 long weekends", never
 * "8 results". Only a plain plural of one or two lower-case words, with a known last word.
 */
import { isPluralNoun, singular } from './words.ts';
import { isKnownWord } from '../text/index.ts';

const VERB = /^(?:get|gets|list|lists|return|returns|retrieve|retrieves|fetch|fetches|find|finds|show|shows)\s+(?:all\s+|the\s+)?/;
const TAIL = /\s+(?:by|for|from|with|in|of|per|on|within|between|that|which)\s.*$/;

export function summaryNoun34(description: string | undefined, generic: RegExp, adjective: RegExp): string | undefined {
  const summary = (description ?? '').split(' — ')[0]?.trim().toLowerCase().replace(/[.]$/, '') ?? '';
  if (!VERB.test(summary)) return undefined;
  const noun = summary.replace(VERB, '').replace(TAIL, '');
  if (!/^[a-z]+(?: [a-z]+)?$/.test(noun) || generic.test(noun) || !isPluralNoun(noun)) return undefined;
  const last = singular(noun.split(' ').pop() ?? '');
  if (adjective.test(last) || !isKnownWord(last)) return undefined;
  return noun;
}
