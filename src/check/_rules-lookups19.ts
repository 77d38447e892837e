/**
 * What a write identifies (QUALITY.md I), wave 19. `delete_unidentified`: a delete whose path names no record, and
 * whose operation takes record ids (`ids`, `post_id`), is sent at least one of them: a delete on audit filters
 * alone (`createBy`, `updateBy`) removes records the user never named. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const LOOKUPS19_INVARIANTS = ['delete_unidentified'] as const satisfies readonly InvariantId[];

/** A name that identifies records (`id`, `ids`, `postId`, `post_ids`, `uuid`). */
const IDENTIFIES = /(^|_|[a-z])(ids?|Ids?|IDs?|uuids?|Uuids?)$/;

/** delete_unidentified: a successful delete on a bodied path that sends none of the ids its operation takes. */
function checkDeleteUnidentified(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || !turn.call || turn.error) return;
    const op = record.operations[turn.call.operation];
    if (!op || op.path.includes('{') || effectOf(op, turn.call.operation) !== 'delete') return;
    const takes = Object.keys(op.parameters.properties ?? {}).filter((name) => IDENTIFIES.test(name));
    if (takes.length === 0) return;
    const sent = Object.keys(turn.call.arguments ?? {});
    if (sent.length > 0 && !sent.some((name) => IDENTIFIES.test(name))) add('delete_unidentified', at, `${turn.call.operation} (delete) sends only ${sent.join(', ')}, none of ${takes.join(', ')}: it names no record to delete`);
  });
}

export function checkLookups19(record: DialogueRecord, add: Add): void {
  checkDeleteUnidentified(record, add);
}
