/**
 * Words read off a spec that no person says (QUALITY.md B, H), as patterns over what a turn says:
 * `values_phrase` — a parameter named by a fragment of its description or by a verb ("the possible values are X",
 * "the way to adjust the estimate is leave"): say the thing ("the board square", "the estimate adjustment");
 * `code_as_said` — the user says a country or language code where a person says the name ("the country is be"):
 * "the country is Belgium", the call still sends "be";
 * `split_acronym` — an acronym cut from its digits ("the sample md 5", "the sha 256 hash"): "MD5", "SHA256".
 * Reads only the record; shares nothing with the realizer that writes the words.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS11_INVARIANTS = ['values_phrase', 'code_as_said', 'split_acronym'] as const satisfies readonly InvariantId[];

/** "the possible values are X", "the way to adjust the estimate is leave": a description's fragment as a name. */
const VALUES_PHRASE = /\bthe (?:possible|allowed|valid|accepted|supported|permitted) (?:values|options) (?:is|are)\b|\bthe way to [a-z]+(?: the)? [a-z]+ (?:is|are)\b/i;
/** "the country is be", "the language is EN": a code said where its name belongs. */
const CODE_SAID = /\b(?:country|language|nationality|market) (?:is|are) ([a-z]{2}|[A-Z]{2})(?![\w-])/;
/** Codes people say as they are ("the country is US"). */
const SAID_AS_CODES = new Set(['US', 'UK', 'EU']);
/** An acronym whose digits were cut off ("md 5", "SHA 256", "ipv 4", "utf 8", "mp 3", "h 264"). */
const SPLIT_ACRONYM = /\b(?:md [245]|sha (?:1|224|256|384|512)|ipv [46]|utf (?:8|16|32)|mp [34]|h 26[45]|base 64|crc 32)\b/i;

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });
const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Whether two letters are a country or language code with an English name. */
function isNamedCode(code: string): boolean {
  try {
    const names = [REGIONS.of(code.toUpperCase()), LANGUAGES.of(code.toLowerCase())];
    return names.some((name) => name !== undefined && name.toLowerCase() !== code.toLowerCase() && !/^unknown/i.test(name));
  } catch {
    return false;
  }
}

export function checkWords11(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      if (!text) continue;
      const values = VALUES_PHRASE.exec(text);
      if (values) add('values_phrase', i, `the ${kind} names a parameter by a description fragment or a verb ("${values[0]}"): name the thing sent`);
      const split = SPLIT_ACRONYM.exec(text);
      if (split) add('split_acronym', i, `the ${kind} cuts an acronym from its digits ("${split[0]}"): say it whole ("MD5", "SHA256")`);
      if (turn.speaker !== 'user' || kind !== 'text') continue;
      const code = CODE_SAID.exec(text);
      if (code && !SAID_AS_CODES.has(code[1] ?? '') && isNamedCode(code[1] ?? '')) add('code_as_said', i, `the user says a code where a person says its name ("${code[0]}"): say the country or language by name`);
    }
  });
}
