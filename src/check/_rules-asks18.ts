/**
 * What the user asks, at the level of the dialogue (QUALITY.md J), wave 18. `lacked_value_named`: a user who says
 * they do not have a value (fail_inform) never opened by asking for the thing "by" or "with" it ("I need to get a
 * track by its ID", then "I don't have the track ID"). `update_sets_nothing`: an update sends a value to set, not
only values that say which record ("the name of the property to add", "the workflow to use"). Reads only the
dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { identifierWords } from '../text/index.ts';
import { effectOf } from './_effect.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ASKS18_INVARIANTS = ['lacked_value_named', 'update_sets_nothing'] as const satisfies readonly InvariantId[];

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

/** A parameter documented as which record or variant the call works on, not a value it sets. */
const SELECTOR = /^\s*(?:the |a |an )?(?:name|id|identifier|key|type|mode|kind|version) of (?:the |a |an )?[\w -]{1,40}? to (?:use|update|add|modify|edit|change|target|apply to|work on)\b/i;
const PATH_PARAM = /\{([^}]+)\}/g;

/** update_sets_nothing: a successful update whose every argument is in its path or says which record. */
function checkUpdateSetsNothing(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || !turn.call || turn.error) return;
    const op = record.operations[turn.call.operation];
    if (!op || effectOf(op, turn.call.operation) !== 'update') return;
    const inPath = new Set([...op.path.matchAll(PATH_PARAM)].map((m) => m[1]!));
    const props = (op.parameters.properties ?? {}) as Record<string, { description?: unknown }>;
    const sent = Object.keys(turn.call.arguments ?? {}).filter((name) => !inPath.has(name));
    if (sent.length === 0) return; // update_without_change says so
    if (sent.every((name) => SELECTOR.test(String(props[name]?.description ?? '')))) add('update_sets_nothing', at, `${turn.call.operation} (update) sends only ${sent.join(', ')}, which say which record, not what to set`);
  });
}

export function checkAsks18(record: DialogueRecord, add: Add): void {
  checkLackedValueNamed(record, add);
  checkUpdateSetsNothing(record, add);
}
