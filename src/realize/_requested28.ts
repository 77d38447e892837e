/**
 * What a reply says after a call that only starts its work (QUALITY.md E, wave 28): "I sent the request to cancel the
 * 2 initiated transfers; the service reports the outcome later.", never "Done: I cancelled …" when the documentation
 * says the cancellation is only initiated and its outcome comes later (by webhook).
 */
import type { RecordOperation } from '../plan/types.ts';
import { startsOnly28 } from '../text/async28.ts';
import { effectOf } from './_effect.ts';
import { intentPhrase } from './words.ts';
import { severalOf } from './_replies.ts';

export function requestedNote28(operation: RecordOperation | undefined, args: Record<string, unknown> = {}): string {
  if (!operation || effectOf(operation) === 'read' || !startsOnly28(operation.description)) return '';
  const [verb = '', ...rest] = intentPhrase(operation).split(' ');
  if (!/^[a-z]+$/.test(verb)) return '';
  const thing = rest.join(' ').replace(/^(?:a|an|the|any|all|some|each|every|this|that|these|those|your|my|our)\s+/, '').trim();
  const named = thing === '' ? '' : ` the ${severalOf(thing, args)}`;
  return `I sent the request to ${verb}${named}; the service reports the outcome later. `;
}
