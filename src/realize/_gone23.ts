/**
 * What a reply says after a removal or a body-less action (QUALITY.md E, F), wave 23. After "Done: I deleted the
 * tag." the deleted record's figures are past ("it had 237 clicks"), and a call that answered nothing (a 204) needs no
 * second sentence saying the request went through: the "Done: I …" already said it.
 */
import type { RecordOperation } from '../plan/types.ts';
import { intentPhrase } from './words.ts';
import { effectOf } from './_effect.ts';

/** The rest of a reply after its "Done: I …" note: nothing for an empty result, a gone record's figures in the past. */
export function afterDone(rest: string, result: unknown): string {
  if (result !== null && typeof result === 'object' && !Array.isArray(result) && Object.keys(result).length === 0) return '';
  return rest.replace(/\b([Ii]t|[Tt]hey) (has|have) (?=\d)/g, (_m, who: string) => `${who} had `);
}

/** A key that names which thing the action went to (`device_ids: ["6h3B…"]`, `deviceId`). */
const WHICH = /^(?:[a-z]+_?)?(?:id|ids|Id|Ids|ID|IDs)$/;
const IRREGULAR: Record<string, string> = { transfer: 'transferred', submit: 'submitted', commit: 'committed', permit: 'permitted', drop: 'dropped', ship: 'shipped', plan: 'planned', tag: 'tagged', send: 'sent', set: 'set', reset: 'reset', run: 'ran', begin: 'began', put: 'put', shut: 'shut' };

/**
 * A change that answered nothing (a 204: transfer playback, stop exposing the monitoring) is confirmed in the request's
 * words, "Done: I transferred playback to device 6h3BJ93rTTr3.", never with an invented id or status.
 */
export function doneNote(operation: RecordOperation | undefined, result: unknown, args: Record<string, unknown> = {}): string {
  if (!operation || result === null || typeof result !== 'object' || Array.isArray(result) || Object.keys(result).length > 0) return '';
  if (effectOf(operation) === 'read') return '';
  const [verb = '', ...rest] = intentPhrase(operation).split(' ');
  if (!/^[a-z]+$/.test(verb) || rest.length === 0) return '';
  // The thing it went to, when one id names it and the path does not already ("device 6h3BJ93rTTr3").
  const which = Object.entries(args).find(([k, v]) => WHICH.test(k) && !operation.path.includes(`{${k}}`) && (typeof v === 'string' || (Array.isArray(v) && v.length === 1 && typeof v[0] === 'string')));
  const noun = which ? which[0].replace(/_?(ids?|Ids?|IDs?)$/, '').replace(/_/g, ' ').toLowerCase() : '';
  const value = which ? String(Array.isArray(which[1]) ? which[1][0] : which[1]) : '';
  let phrase = rest.join(' ').replace(/\b(?:a|an)\b(?= )/g, 'the');
  if (noun && /^[a-z ]+$/.test(noun) && !phrase.includes(value)) {
    // "to the new device" said of the one device sent: "to device 6h3BJ93rTTr3".
    const named = new RegExp(`\\b(?:the |your )?(?:new |given |specified )?${noun}\\b`);
    phrase = named.test(phrase) ? phrase.replace(named, `${noun} ${value}`) : `${phrase} ${/^(transfer|move|send|switch)$/.test(verb) ? 'to' : 'for'} ${noun} ${value}`;
  }
  return `Done: I ${IRREGULAR[verb] ?? pastOf(verb)} ${phrase}. `;
}

const SAME_PAST = new Set(['reset', 'set', 'put', 'cut', 'shut', 'quit']);
/** A regular verb's past (unfollow → unfollowed, remove → removed, empty → emptied). */
export function pastOf(verb: string): string {
  if (SAME_PAST.has(verb)) return verb;
  if (verb === 'stop') return 'stopped';
  return verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
}
