/**
 * A result whose content is an image or a file says so (QUALITY.md F), wave 34. `embedded_file_unsaid`: a record
 * holding a `data:image/png;base64,…` (a captcha, a QR code) is answered with what came back, an image, never only
 * "The ID is 22915." beside it. Reads only the dialogue record; cheap: top-level strings (and one wrapper) only.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const SPECVALS34_INVARIANTS = ['embedded_file_unsaid'] as const satisfies readonly InvariantId[];

const DATA_URI = /^data:(image|application|audio|video)\/[\w.+-]+;base64,/;
const SAID = /\b(image|picture|photo|file|pdf|encoded|audio|video|captcha|qr code|barcode)\b/i;

/** The media type of the one data: URI a record holds at its top or in one wrapper object, if any. */
function embedded(result: unknown): string | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  for (const value of Object.values(result as Record<string, unknown>)) {
    if (typeof value === 'string') {
      if (value.startsWith('data:') && DATA_URI.test(value)) return value.slice(5, value.indexOf(';'));
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const inner of Object.values(value as Record<string, unknown>)) if (typeof inner === 'string' && inner.startsWith('data:') && DATA_URI.test(inner)) return inner.slice(5, inner.indexOf(';'));
    }
  }
  return undefined;
}

export function checkSpecvals34(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  for (let at = 0; at < turns.length; at++) {
    const turn = turns[at]!;
    if (turn.speaker !== 'tool' || turn.status !== 'ok') continue;
    const kind = embedded(turn.result);
    if (kind === undefined) continue;
    // The reply to it: the next assistant turn that speaks (a further call answers later).
    for (let next = at + 1; next < turns.length; next++) {
      const t = turns[next]!;
      if (t.speaker !== 'assistant' || (t.action !== 'response' && t.action !== 'call')) continue;
      if (t.action === 'response' && !SAID.test(t.text ?? '')) add('embedded_file_unsaid', next, `the result holds ${kind} data but the reply never says an image or a file came back`);
      break;
    }
  }
}
