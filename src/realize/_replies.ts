/** Wordings of replies a careful assistant gives: a delete said to be done, coordinates asked with the place as an option. */
import type { RecordOperation } from '../plan/types.ts';
import { intentPhrase, plural } from './words.ts';
import { effectOf } from './_effect.ts';
import { pastOf } from './_gone23.ts';
import { ASK_COORDINATES_MORE32 } from './_variety-words32.ts';
import { namedByPathId32 } from './_records32.ts';

export const COORDINATE = /(lat|latitude|lng|lon|long|longitude)$/i;
/** Nobody is expected to know coordinates: the question says the place's name will do. */
export const ASK_COORDINATES: ((slots: string) => string)[] = [
  (s) => `Do you have ${s} at hand, or only the place's name?`,
  (s) => `If you only know the place, I can look its coordinates up. Do you know ${s}?`,
  (s) => `Do you know ${s}, or just where it is?`,
  (s) => `Could you give me ${s}, or just the name of the place?`,
  (s) => `Do you have ${s}? Or should I look them up from the place's name?`,
  (s) => `Do you know ${s}? If not, can you tell me the place's name?`,
  (s) => `I need ${s}, or just the name of the place and I'll look that up.`,
  ...ASK_COORDINATES_MORE32,
];

const REMOVAL = /^(delete|remove|cancel|unsubscribe|revoke|archive|withdraw)s?\b(?: (?:a|an|the|your|my)\b)? ?(.*)$/i;
const REMOVED: Record<string, string> = { delete: 'deleted', remove: 'removed', cancel: 'cancelled', unsubscribe: 'unsubscribed', revoke: 'revoked', archive: 'archived', withdraw: 'withdrawn' };
/** A result flag that says the removal did not happen (`"deleted": false`): then nothing is said to be removed. */
const NOT_DONE = /^(is_?)?(deleted|removed|cancel+ed|unsubscribed|revoked|archived|success|successful|ok)$/i;
/** A sentence of the summary that only restates the removal ("The status is deleted.", "It is deleted."). */
const RESTATED = /(?:^|(?<=[.!?]\s))(?:[A-Z](?:(?!\b(?:is|and)\b)[\w' ]){0,30}(?:, | that ))?(?:[Ii]t|[Tt]he (?:status|state|result|(?:(?!\b(?:is|and)\b)[\w ]){1,40}?)) (?:is|was|has been) (?:now )?(?:deleted|removed|cancel+ed|unsubscribed|revoked|archived|withdrawn)\.(?:\s|$)/g;

/**
 * A delete is answered by saying what was removed from what ("I removed the user from the issue's watcher list."),
 * whatever else the result holds: a reply that only reads back the record's status ("The status is deleted.") never
 * says what is gone. Empty when the result says the removal did not happen.
 */
export function removalNote(operation: RecordOperation | undefined, result?: unknown, args: Record<string, unknown> = {}): string {
  if (!operation) return '';
  const match = REMOVAL.exec(intentPhrase(operation));
  if (!match && operation.method.toUpperCase() !== 'DELETE') return '';
  if (result !== null && typeof result === 'object' && !Array.isArray(result) && Object.entries(result).some(([k, v]) => v === false && NOT_DONE.test(k))) return '';
  const verb = (match?.[1] ?? 'delete').toLowerCase();
  const past = REMOVED[verb] ?? 'deleted';
  const thing = match?.[2]?.trim().replace(/\b(?:a|an)\b(?= )/g, 'the');
  // "I withdrew": the past tense, not the participle ("is withdrawn").
  const named = thing ? namedByArguments(`the ${severalOf(thing, args)}`, args) : '';
  // A thing no person names is named by the id the path gave (_records32.ts).
  if (thing) return `Done: I ${verb === 'withdraw' ? 'withdrew' : past} ${forAddress(named === `the ${thing}` ? namedByPathId32(named, operation, args) : named, args)}. `;
  // A DELETE named by another verb (unfollow a playlist, reset the columns): that verb, done.
  const [first = '', ...rest] = intentPhrase(operation).split(' ');
  return /^[a-z]+$/.test(first) && rest.length > 0 ? `Done: I ${pastOf(first)} ${rest.join(' ').replace(/\b(?:a|an)\b(?= )/g, 'the')}. ` : `It is ${past} now. `;
}

/**
 * The summary without sentences that only restate the removal the note already said in the same word ("deleted"
 * after "I deleted the task"), or a flag read back ("It is deleted."); a status in another word ("removed" said, "deleted" returned) stays, as the result's value.
 */
export function withoutRestatedRemoval(summary: string, note: string): string {
  return summary.replace(RESTATED, (sentence) => (/^(?:[^,]*, )?it /i.test(sentence) || note.includes(RESTATED_WORD.exec(sentence)?.[0] ?? '\u0000') ? '' : sentence)).trim();
}
const RESTATED_WORD = /(deleted|removed|cancel+ed|unsubscribed|revoked|archived|withdrawn)(?=\.)/;

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

/**
 * "the email rejection" removed by its `email` argument (Mandrill's rejects/delete): the entry is named by the
 * address or domain it is for, else the user never hears which one went (QUALITY.md F).
 */
function forAddress(named: string, args: Record<string, unknown>): string {
  const value = Object.entries(args).find(([k, v]) => /^(email|domain|address|ip)$/i.test(k) && typeof v === 'string' && v.length <= 60 && !named.includes(v))?.[1];
  return value === undefined ? named : `${named} for ${String(value)}`;
}

const PERSON = /^(user|member|watcher|follower|subscriber|collaborator|assignee|reviewer|participant|owner|contact|recipient)$/;

/**
 * "the user from the issue's watcher list" with `username: miap, issueIdOrKey: FIN-136`: "miap from issue FIN-136's
 * watcher list". A removal names what it removed (QUALITY.md I): "the user" alone leaves the user guessing who.
 */
function namedByArguments(thing: string, args: Record<string, unknown>): string {
  const values = Object.entries(args).filter(([, v]) => (typeof v === 'string' && v.trim() !== '' && v.length <= 40) || typeof v === 'number');
  const used = new Set<string>();
  // Only a removed person is named: "the task" of a delete is the task the user named, said once already.
  if (!values.some(([k]) => PERSON.test(k.toLowerCase().replace(/(name|id|key|email)$/, '')))) return thing;
  return thing.replace(/\bthe ([a-z]+)(?='s\b| |$)/g, (m, noun: string) => {
    const found = values.find(([k]) => !used.has(k) && k.toLowerCase().startsWith(noun));
    if (!found) return m;
    used.add(found[0]);
    return PERSON.test(noun) ? String(found[1]) : `${noun} ${String(found[1])}`;
  });
}

// {ids: [970864, 626158]}: several things named by one list of keys.
const MANY_KEYS = /(?:^|[_-]|[a-z])(?:ids|IDs|Ids|keys|Keys|codes|uuids|Uuids)$/;

/** "post" with `ids: [970864, 626158]` → "2 posts": a removal of several is never told as one (QUALITY.md F, wave 22). */
export function severalOf(thing: string, args: Record<string, unknown>): string {
  const many = Object.entries(args).find(([k, v]) => Array.isArray(v) && v.length >= 2 && MANY_KEYS.test(k));
  if (!many || !/^[a-z]+(?: [a-z]+)?$/.test(thing)) return thing;
  return `${(many[1] as unknown[]).length} ${plural(thing)}`;
}
export { afterDone, doneNote } from './_gone23.ts';
