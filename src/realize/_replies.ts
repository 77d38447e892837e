/** Wordings of replies a careful assistant gives: a delete said to be done, coordinates asked with the place as an option. */
import type { RecordOperation } from '../plan/types.ts';
import { intentPhrase } from './words.ts';
import { effectOf } from './_effect.ts';

export const COORDINATE = /(lat|latitude|lng|lon|long|longitude)$/i;
/** Nobody is expected to know coordinates: the question says the place's name will do. */
export const ASK_COORDINATES: ((slots: string) => string)[] = [
  (s) => `Do you have ${s} at hand, or only the place's name?`,
  (s) => `If you only know the place, I can look its coordinates up. Do you know ${s}?`,
  (s) => `Do you know ${s}, or just where it is?`,
];

const REMOVAL = /^(delete|remove|cancel|unsubscribe|revoke|archive|withdraw)s?\b(?: (?:a|an|the|your|my))? ?(.*)$/i;
const SAYS_REMOVED = /\b(delet|remov|cancel|unsubscrib|revok|archiv|withdr)/i;
const REMOVED: Record<string, string> = { delete: 'deleted', remove: 'removed', cancel: 'cancelled', unsubscribe: 'unsubscribed', revoke: 'revoked', archive: 'archived', withdraw: 'withdrawn' };

/**
 * A delete is answered by saying it is done ("The task is deleted."), whatever else the result holds: a reply
 * that only reads back the record's status never tells the user it is gone.
 */
export function removalNote(operation: RecordOperation | undefined, summary: string): string {
  if (!operation) return '';
  const match = REMOVAL.exec(intentPhrase(operation));
  if (!match && operation.method.toUpperCase() !== 'DELETE') return '';
  const verb = (match?.[1] ?? 'delete').toLowerCase();
  const past = REMOVED[verb] ?? 'deleted';
  if (SAYS_REMOVED.test(summary)) return '';
  const thing = match?.[2]?.split(/ (?:from|in|of|for|by|with|on) /)[0]?.trim();
  return thing ? `The ${thing} is ${past}. ` : `It is ${past} now. `;
}

const STATE_CHANGE = /^(stop|start|restart|enable|disable|pause|resume|activate|deactivate|mute|unmute)\b ?(.*)$/i;
const STATE_PAST: Record<string, string> = { stop: 'stopped', start: 'started', restart: 'restarted', enable: 'enabled', disable: 'disabled', pause: 'paused', resume: 'resumed', activate: 'activated', deactivate: 'deactivated', mute: 'muted', unmute: 'unmuted' };

/**
 * An action that changes a state (stop exposing the JMX monitoring) is answered by saying it happened, not
 * only by the status read back ("the status is stopped"): "Done, I stopped exposing the JMX monitoring."
 */
export function stateNote(operation: RecordOperation | undefined, summary: string): string {
  if (!operation || effectOf(operation) === 'read') return '';
  const match = STATE_CHANGE.exec(intentPhrase(operation));
  if (!match) return '';
  const past = STATE_PAST[match[1]!.toLowerCase()]!;
  const rest = match[2]!.trim();
  if (rest === '' || summary.toLowerCase().includes(rest.toLowerCase())) return '';
  return `Done, I ${past} ${rest}. `;
}
