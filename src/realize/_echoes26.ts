/**
 * Words the user gave to an earlier call of a chain (the company "Hurtado Ávila S.L." searched for before its jobs
 * were listed) are not said back as a fact of every result ("For all of them, the company is Hurtado Ávila S.L."):
 * the user knows them (QUALITY.md J, wave 26).
 */
import type { Turn } from '../plan/types.ts';

/** String arguments (words, not codes) of the successful calls among `turns`. */
export function earlierWords26(turns: readonly Turn[]): string[] {
  const out: string[] = [];
  for (const turn of turns) {
    if (turn.speaker !== 'assistant' || !turn.call || turn.error) continue;
    for (const value of Object.values(turn.call.arguments ?? {})) {
      if (typeof value === 'string' && value.length >= 3 && /\p{L}{2}/u.test(value) && !/\d{3}|^[a-z0-9]+[_-][a-z0-9_-]+$/i.test(value)) out.push(value);
    }
  }
  return out;
}
