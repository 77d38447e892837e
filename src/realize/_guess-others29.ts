/**
 * A failed call that guessed more than one value (a hold ID and an email): the fixing turn owns up to every value it
 * made up, not just the one the service named. The values made up are those of the call asked for now.
 */
import { sayValue } from './words.ts';

export function otherGuesses29(args: Record<string, unknown>, named: string, slots: string, slotOf: (param: string) => string): string {
  const asked = new Set(slots.split(/, | and | or /).map((s) => s.trim()));
  const others = Object.keys(args).filter((k) => k !== named && args[k] !== null && typeof args[k] !== 'object' && asked.has(slotOf(k)));
  if (others.length === 0) return '';
  const parts = others.map((k) => `${sayValue(args[k])} as ${slotOf(k)}`);
  return `I also made up ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}.`;
}
