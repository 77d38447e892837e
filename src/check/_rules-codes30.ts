/**
 * Descriptive fields hold words (QUALITY.md E), wave 30. `descriptive_field_code`: a field whose name says it holds
 * an activity, a practice, a purpose, a group's name, an error, a pool, a template, a continent, a resolution or a
 * vote count never holds an invented reference code ("registries_activity": "ACT-39370", "groupname": "GRP-36417"),
 * in a result or in a call. Reads only the dialogue record; bails out on turns with no tool call or result.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const CODES30_INVARIANTS = ['descriptive_field_code'] as const satisfies readonly InvariantId[];

/** A drawn reference code: two or three capitals, a hyphen and four or five digits. */
const CODE = /^[A-Z]{2,3}-\d{4,5}$/;
/** Last words of keys whose values are words or counts, never reference codes. */
const DESCRIPTIVE = /(^|_)(activity|activities|practice|practices|purpose|purposes|groupname|group_name|error|errors|pool|template|templates|continent|continents|resolution|resolutions|votes?)$/;

function firstCode(value: unknown, key: string, depth: number): string | undefined {
  if (typeof value === 'string') return CODE.test(value) && DESCRIPTIVE.test(keyWords(key)) ? `${key}: "${value}"` : undefined;
  if (value === null || typeof value !== 'object' || depth > 8) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstCode(item, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) {
    const found = firstCode(v, k, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function checkCodes30(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    let value: unknown;
    if (turn.speaker === 'tool' && turn.status === 'ok') value = turn.result;
    else if (turn.speaker === 'assistant' && turn.call) value = turn.call.arguments;
    else return;
    const found = firstCode(value, '', 0);
    if (found) add('descriptive_field_code', at, `a descriptive field holds an invented code, ${found}`);
  });
}
