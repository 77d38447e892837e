/**
 * What the user asks, at the level of the dialogue (QUALITY.md J), wave 18. `lacked_value_named`: a user who says
 * they do not have a value (fail_inform) never opened by asking for the thing "by" or "with" it ("I need to get a
 * track by its ID", then "I don't have the track ID"). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { identifierWords } from '../text/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ASKS18_INVARIANTS = ['lacked_value_named'] as const satisfies readonly InvariantId[];

const QUALIFIERS = new Set(['by', 'with', 'using', 'via']);

/** The word after "by"/"with"/"using" (within three words) that is one of `heads`, or none. */
function qualifiedBy(text: string, heads: ReadonlySet<string>): string | undefined {
  const words = text.toLowerCase().split(/[^a-z0-9']+/);
  for (let k = 0; k < words.length; k++) {
    if (!QUALIFIERS.has(words[k] as string)) continue;
    for (let m = k + 1; m <= k + 3 && m < words.length; m++) if (heads.has(words[m] as string)) return `${words[k]} … ${words[m]}`;
  }
  return undefined;
}

/** lacked_value_named: an opening that asks by a value the user later says they lack. */
function checkLackedValueNamed(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.speaker !== 'user' || t.action !== 'fail_inform' || !t.unknown?.length) continue;
    const heads = new Set(t.unknown.map((ref) => identifierWords(ref.param).pop()?.toLowerCase() ?? ''));
    for (let j = i - 1; j >= 0; j--) {
      const o = turns[j]!;
      if (o.speaker !== 'user' || !o.action.startsWith('inform_intent')) continue;
      const said = qualifiedBy(o.text ?? '', heads);
      if (said) add('lacked_value_named', j, `the user asks "${said}" here, then says at turn ${i} they do not have it`);
      break;
    }
  }
}

export function checkAsks18(record: DialogueRecord, add: Add): void {
  checkLackedValueNamed(record, add);
}
