/**
 * Numbers said with their units (QUALITY.md E/F), wave 22. `temperature_unit_unsaid`: a temperature the assistant
 * reads out says its scale — "25.7 degrees Celsius", never a bare "25.7 degrees" (rapidapi weather, seed 77 #33).
 * An angle says what it measures ("270 degrees of heading" is none of this rule's). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const UNITS22_INVARIANTS = ['temperature_unit_unsaid'] as const satisfies readonly InvariantId[];

const BARE_DEGREES = /-?\d+(?:\.\d+)? degrees\b(?! (?:Celsius|Fahrenheit|of\b))/;
/** Words that make "degrees" a temperature: it is about one. */
const TEMPERATURE = /\b(temperature|feels like|warm|cold|high|low|minimum|maximum|weather|forecast)\b/i;

export function checkUnits22(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant') return;
    const text = (turn as { text?: unknown }).text;
    if (typeof text !== 'string' || !text.includes(' degrees')) return;
    const m = BARE_DEGREES.exec(text);
    if (m && TEMPERATURE.test(text)) add('temperature_unit_unsaid', at, `"${m[0]}" is said without its scale (Celsius or Fahrenheit)`);
  });
}
