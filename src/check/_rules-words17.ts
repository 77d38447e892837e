/**
 * Description fragments said as speech (QUALITY.md G, J), wave 17:
 * - `plural_twice`: a plural made plural again ("14 publishable modelses" from `publishableModelsCount`): the
 *   word without its last "es" is a plural the record's own keys or documentation spell;
 * - `documentation_participle`: a thing asked for with the participle that documents it ("get string describing
 *   the star-rate", "get image links displaying the rating"): a person names what they want, not its definition;
 * - `owner_fragment`: a sentence that ends on an owner ("the songs saved in the current Spotify user's."): what is
 *   owned was cut off;
 * - `caller_third_person`: speech that calls the person spoken to "the current user" ("saved in the current
 *   Spotify user's library"): documentation's name for the caller, said to that caller ("your library").
 * Reads only the record; shares nothing with the planner or the realizer.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS17_INVARIANTS = ['plural_twice', 'documentation_participle', 'owner_fragment', 'caller_third_person'] as const satisfies readonly InvariantId[];

/** "modelses", "categorieses", "IDses": a word ending in "s" with "es" added. */
const TWICE = /\b([A-Za-z]{3,}s)es\b/g;
const PARTICIPLE = /\b(?:get|list|find|fetch|show|retrieve|see) (?!the |a |an |all |my |your |some )(?:[a-z-]+ ){1,3}(?:describing|displaying|representing|indicating|denoting|depicting|specifying|illustrating) (?:the|a|an|its|their)\b/i;
/** "… the current Spotify user's." — a lower-case owner closing a sentence; "it's", "that's", "Domino's" are no owners. */
const OWNER_END = /\b(?!(?:it|that|what|there|here|he|she|who|where|how|let|one|everyone|someone|today|tomorrow|yesterday)'s\b)[a-z]{2,}(?:'s|s')(?=[.?!]|$)/;
const CALLER = /\bthe (?:current(?:ly)? (?:logged[- ]in |authenticated )?|logged[- ]in |authenticated )(?:[A-Z][\w-]* )?user\b/;

export function checkWords17(record: DialogueRecord, add: Add): void {
  let spelled: Set<string> | undefined;
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'user' && turn.speaker !== 'assistant') return;
    for (const [kind, text] of utterances(turn)) {
      if (!text || kind === 'query') continue;
      for (const [word, base] of text.matchAll(TWICE)) {
        if (/(?:as|is|us|ss|os|xs|zs)$/i.test(base as string)) continue;
        spelled ??= spelledWords(record);
        if (spelled.has((base as string).toLowerCase()) && !spelled.has(word.toLowerCase())) add('plural_twice', i, `"${word}" makes the plural "${base}" plural again`);
      }
      if (kind !== 'text') continue;
      const participle = PARTICIPLE.exec(text);
      if (participle) add('documentation_participle', i, `"${participle[0]}" names a thing by the participle that documents it; say what the thing is`);
      for (const sentence of text.split(/(?<=[.?!])\s+/)) {
        const owner = OWNER_END.exec(sentence.trim());
        if (owner) add('owner_fragment', i, `"${sentence.trim()}" ends on the owner "${owner[0]}": what is owned was cut off`);
      }
      const caller = CALLER.exec(text);
      if (caller) add('caller_third_person', i, `"${caller[0]}" is the documentation's name for the person spoken to; say "you"/"your" (or "I"/"my" for the user)`);
    }
  });
}

/** Words of the record's operations and results as written (identifier words split: "publishableModelsCount" → models). */
function spelledWords(record: DialogueRecord): Set<string> {
  const out = new Set<string>();
  const add = (text: string): void => {
    for (const w of text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) if (w.length >= 3) out.add(w);
  };
  add(JSON.stringify(record.operations));
  for (const turn of record.turns) if (turn.speaker === 'tool') add(JSON.stringify(turn.result ?? null).replace(/"(?:[^"\\]|\\.)*"(?!:)/g, ''));
  return out;
}
