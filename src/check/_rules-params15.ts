/**
 * Parameters asked for and given as a person does (QUALITY.md B, J). `alternatives_named`: a parameter that offers
 * two ways to point at one record is never said by both ("the issue ID or key is MKT-191"). `sort_said_raw`: a sort
 * direction the call sends (`asc`, `desc`) is never said as the code ("The sort is desc."), only by what it means
 * ("in descending order"). `choice_not_known`: the user never says they "don't have" or "can't remember" their own
 * choice (a subject, a genre, a sort order): only codes a person may lack (an ID, a key, coordinates) are not
 * known; a choice is something to see the options of. Reads only the record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import { namesCode } from '../text/index.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const PARAMS15_INVARIANTS = ['alternatives_named', 'sort_said_raw', 'choice_not_known'] as const satisfies readonly InvariantId[];

/** "issue ID or key", "project key or ID", "user ID or name": a parameter's name read out with its alternatives. */
const ALTERNATIVES = /\b(?!the\b|its\b|an?\b|your\b|their\b)[a-z]+ (?:ID|id) or (?:key|name|slug|code)\b|\b(?!the\b|its\b|an?\b|your\b|their\b)[a-z]+ (?:key|slug) or (?:ID|id)\b/;
const DIRECTION_CODE = /^(?:asc|desc)$/i;
const DIRECTION_SAID = /(?<![\w-])(?:asc|desc)(?![\w-])/i;
/** "I don't have the subject at hand", "I never knew the latitude and the longitude": the things not known. */
const NOT_KNOWN = /\b(?:don't know|do not know|no idea what|not sure about|don't have|do not have|can't remember|cannot remember|never knew|can't find|cannot find|wouldn't know)\s+(the [^.?!]*?)(?=\s+(?:is|are|at hand|with me|anywhere)\b|[.?!,]|$)/i;

function spoken(record: DialogueRecord): [number, string][] {
  return record.turns.flatMap((turn, at): [number, string][] => ((turn.speaker === 'user' || turn.speaker === 'assistant') && turn.text ? [[at, turn.text]] : []));
}

export function checkParams15(record: DialogueRecord, add: Add): void {
  const texts = spoken(record);
  for (const [at, text] of texts) {
    const both = ALTERNATIVES.exec(text);
    if (both) add('alternatives_named', at, `a parameter is named with its alternatives ("${both[0]}"): a person says the one they use ("the issue key")`);
  }
  const sendsDirection = record.turns.some((turn) => turn.speaker === 'assistant' && turn.call && Object.values(turn.call.arguments).some((v) => typeof v === 'string' && DIRECTION_CODE.test(v)));
  if (sendsDirection) {
    for (const [at, text] of texts) {
      const raw = DIRECTION_SAID.exec(text);
      if (raw) add('sort_said_raw', at, `the sort direction is said as the code "${raw[0]}": a person says "in ascending/descending order"`);
    }
  }
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'user' || turn.action !== 'fail_inform' || !turn.text) return;
    const things = NOT_KNOWN.exec(turn.text)?.[1];
    if (!things) return;
    const choice = things.split(/,\s*|\s+and\s+/).map((t) => t.trim()).find((t) => t !== '' && !namesCode(t));
    if (choice) add('choice_not_known', at, `the user says they do not know "${choice}", their own choice: they ask to see the options instead`);
  });
}
