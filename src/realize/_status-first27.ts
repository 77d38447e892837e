/**
 * The status the user asked for leads the answer, in words (QUALITY.md J): "It succeeded. The order ID is …", never
 * "The order ID is …, … The status is succeeded." after everything else.
 */

import { singular } from './words.ts';

/** Outcomes that are verbs of the thing itself: "it succeeded", "it failed". */
const VERB_STATE = /^(succeeded|failed|expired|bounced)$/;
/** Participles that are states: "it is completed", "it is cancelled". */
const PARTICIPLE_STATE = /^(?:[a-z]+ )?[a-z]{3,}(?:ed|en)$/;

/** "The status is succeeded." → "It succeeded."; undefined when the sentence is no status or the value no word. */
function statusInWords(sentence: string, thing = 'it'): string | undefined {
  const m = /^The (?:status|state) is ([a-z]+(?: [a-z]+)?)\.$/.exec(sentence);
  if (!m) return undefined;
  const value = m[1] as string;
  if (VERB_STATE.test(value)) return `${thing} ${value}.`;
  if (PARTICIPLE_STATE.test(value) && !/^(need|speed|feed|seed|bed|red|shed|embed|wed|hundred)$/.test(value.split(' ').pop() as string)) return `${thing} is ${value}.`;
  return sentence;
}

/** The summary with the named facts after it; a record's own status among them goes first (a list's item's does not). */
export function statusFirst27(base: string, named: readonly string[], result: unknown, path = ''): string {
  const own = result !== null && typeof result === 'object' && !Array.isArray(result) && Object.entries(result).some(([k, v]) => /^(status|state)$/i.test(k) && typeof v === 'string');
  const at = own ? named.findIndex((s) => statusInWords(s) !== undefined) : -1;
  if (at < 0) return [base, ...named].join(' ');
  // "/refunds/{refundId}" → "The refund succeeded."; else "It succeeded."
  const noun = /\/([a-z]{3,})s\/\{[^}]+\}\/?$/.exec(path)?.[1];
  const thing = noun ? `The ${singular(`${noun}s`)}` : 'It';
  return [statusInWords(named[at] as string, thing) as string, base, ...named.filter((_, k) => k !== at)].join(' ');
}
