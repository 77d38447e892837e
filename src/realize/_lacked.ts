/**
 * What the user will later say they do not have (a fail_inform turn): the opening never names it. "I need to get
 * a track by its ID" followed by "I don't have the track ID" contradicts itself (QUALITY.md J); "I need to get a
 * track" does not.
 */
import type { DialoguePlan, ParamRef, Turn } from '../plan/types.ts';
import { refNoun } from './_mention.ts';

/** The nouns (lower case) of every value a fail_inform turn after `from` says the user lacks. */
export function lackedNouns(plan: DialoguePlan, turns: readonly Turn[], from: number): string[] {
  const nouns: string[] = [];
  for (let j = from + 1; j < turns.length; j++) {
    const t = turns[j] as Turn;
    if (t.speaker !== 'user' || t.action !== 'fail_inform') continue;
    let refs: readonly ParamRef[] | undefined = t.unknown;
    for (let k = j - 1; !refs && k >= 0; k--) {
      const prev = turns[k] as Turn;
      if (prev.speaker === 'assistant') refs = prev.request ?? [];
    }
    for (const ref of refs ?? []) nouns.push(refNoun(plan, ref).toLowerCase());
  }
  return nouns;
}

const QUALIFIERS = new Set(['by', 'with', 'using', 'via', 'from']);

/**
 * Whether `text` names one of `nouns`: the noun itself ("the track ID"), or its head word just after "by",
 * "with", "using" ("by its ID", "with the ID").
 */
export function namesLacked(text: string, nouns: readonly string[]): boolean {
  if (nouns.length === 0) return false;
  const lower = text.toLowerCase();
  const words = lower.split(/[^a-z0-9']+/);
  for (const noun of nouns) {
    if (lower.includes(noun)) return true;
    const head = noun.split(' ').pop() ?? noun;
    for (let k = 0; k < words.length; k++) {
      if (!QUALIFIERS.has(words[k] as string)) continue;
      for (let m = k + 1; m <= k + 3 && m < words.length; m++) if (words[m] === head) return true;
    }
  }
  return false;
}
