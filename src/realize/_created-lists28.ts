/**
 * The reply after a create (QUALITY.md F, J), wave 28: the creation is confirmed first, in the request's words and
 * with the name the user gave ("I created the playlist Indie Discoveries."), then what came back with it (its id,
 * its counts). Read as a lookup ("The record shows that the name is Indie Discoveries, …") a reply never says that
 * anything was made (bundled 311, 348; every create of the three 400-sets read so).
 */
import type { RecordOperation } from '../plan/types.ts';
import { effectOf } from './_effect.ts';
import { pastOf } from './_gone23.ts';
import { intentPhrase, joinList, upperFirst } from './words.ts';

const NAME_FACT = /^the (?:name|title|display name|full name|label) is (.{1,60})$/;
const IRREGULAR: Record<string, string> = { send: 'sent', set: 'set', put: 'put', submit: 'submitted', ship: 'shipped', begin: 'began', run: 'ran', make: 'made', build: 'built', write: 'wrote', buy: 'bought', pay: 'paid', hold: 'held', get: 'got', find: 'found', give: 'gave', sell: 'sold', draw: 'drew', log: 'logged', tag: 'tagged', drop: 'dropped', plan: 'planned', pin: 'pinned', map: 'mapped', shut: 'shut', upload: 'uploaded', split: 'split' };

/** "create a new project" → "created the project", "subscribe to email alerts for new jobs" → "subscribed to email alerts for new jobs". */
function pastPhrase(op: RecordOperation): { text: string; named: boolean } | undefined {
  const [verb = '', ...rest] = intentPhrase(op).split(' ');
  if (!/^[a-z]+$/.test(verb) || rest.length === 0 || rest.length > 8) return undefined;
  const past = IRREGULAR[verb] ?? pastOf(verb);
  // "a new project", "a playlist": one thing, which the name given can follow ("the project New Kitchen").
  const thing = /^(?:a|an|the)(?: new)? ([a-z]+(?: [a-z]+)?)$/.exec(rest.join(' '));
  if (thing) return { text: `${past} the ${thing[1]}`, named: true };
  return { text: `${past} ${rest.join(' ').replace(/\b(?:a|an)\b(?= )/g, 'the')}`, named: false };
}

/**
 * "I created the playlist Indie Discoveries. The playlist ID is …, and it has 0 tracks.": a create's facts led by
 * the creation. Undefined for any other call, or when the request's words make no phrase.
 */
export function createdReply28(op: RecordOperation | undefined, facts: readonly string[], changes: boolean): string | undefined {
  if (!changes || !op || effectOf(op) !== 'create' || facts.length === 0) return undefined;
  const phrase = pastPhrase(op);
  if (!phrase) return undefined;
  const at = facts.findIndex((f) => NAME_FACT.test(f));
  const name = phrase.named && at >= 0 ? NAME_FACT.exec(facts[at] as string)?.[1] : undefined;
  const rest = name === undefined ? facts : facts.filter((_, i) => i !== at);
  const tail = rest.length === 0 ? '' : ` ${upperFirst(joinList(rest))}.`;
  return `I ${phrase.text}${name ? ` ${name}` : ''}.${tail}`;
}

