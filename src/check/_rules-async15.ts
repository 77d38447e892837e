/**
 * Chains and flows that would teach a wrong procedure (QUALITY.md H, I, J), wave 15:
 * - `task_as_answer`: a call whose result only starts a task (`{"task_id": "vtXy08VRec"}`, `{"job_id": …,
 *   "status": "queued"}`) has not got what was asked: unless a later call sends that id (to its results), the reply
 *   says a task (or job) was started and that its results come later. "The task ID is vtXy08VRec." followed by
 *   "Thanks for helping me get the serp!" teaches that starting a task is getting its answer.
 * - `editorial_for_own`: a value passed to an operation that acts on what the user already has (unfollow, unsave,
 *   unsubscribe, remove from the library; since wave 16 also any change or delete of a record: a playlist's cover) never comes from a list of editorial or popular items (featured
 *   playlists, new releases, charts): those are not the user's; the user's own list (`/me/playlists`) is.
 * - `public_code_said`: the user never states the code a service gives a public record (a golf stat, a tournament,
 *   a team, a film, a city, a quiz question: "The stat ID is 41086") for a read: nobody knows those; the record is
 *   named and its code looked up. A user's own references (an order, a booking, an account) are theirs to say.
 * Reads only the dialogue record.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ASYNC15_INVARIANTS = ['task_as_answer', 'editorial_for_own', 'public_code_said'] as const satisfies readonly InvariantId[];

const TASK_ID = /^(task|job)[_-]?id$/i;
/** Keys a started task's answer may hold beside its id: where it stands, never what it found. */
const STANDING = /^(id|status|state|message|msg|details?|created(_?at)?|submitted(_?at)?|eta|estimated[_a-z]*|queue[_a-z]*|position|progress|cost|price|balance|credits?[_a-z]*|(task|job)_?status|status_?url|result_?url|check_?url|url|errors?|success|ok|code|time|timestamp)$/i;
const NOT_DONE = /^(queued|pending|processing|in[_ -]?progress|inprogress|submitted|accepted|running|waiting|started|scheduled|new|created)$/i;
/** A reply that says a task was started and its results are still to come. */
const TASK_WORD = /\b(task|job)\b/i;
const LATER_WORD = /\b(once|later|finish(es|ed)?|not (in|ready|back) yet|still (running|pending|queued|in progress)|results?)\b/i;

/** The id of the task a result only started, or undefined. */
export function startedId(op: RecordOperation | undefined, result: unknown): string | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return undefined;
  let obj = result as Json;
  const data = obj['data'];
  if (data && typeof data === 'object' && !Array.isArray(data) && Object.keys(obj).every((k) => k === 'data' || k === 'status' || k === 'message')) obj = data as Json;
  const keys = Object.keys(obj);
  const idKey = keys.find((k) => TASK_ID.test(k));
  if (idKey === undefined || !keys.every((k) => k === idKey || STANDING.test(k))) return undefined;
  const inputs = Object.keys(((op?.parameters as { properties?: Json } | undefined)?.properties) ?? {});
  if (inputs.some((name) => TASK_ID.test(name))) return undefined;
  const status = keys.find((k) => /^((task|job)_?)?(status|state)$/i.test(k));
  if (status !== undefined && typeof obj[status] === 'string' && !NOT_DONE.test(obj[status] as string)) return undefined;
  const id = obj[idKey];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function checkStartedTasks(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  let calledOp: string | undefined;
  turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) calledOp = turn.call.operation;
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || calledOp === undefined) return;
    const id = startedId(record.operations[calledOp], turn.result);
    if (id === undefined) return;
    const later = turns.slice(at + 1);
    if (later.some((t) => t.speaker === 'assistant' && t.call && Object.values(t.call.arguments ?? {}).some((v) => String(v) === id))) return;
    const reply = later.find((t) => t.speaker === 'assistant' && t.action === 'response');
    const text = reply?.speaker === 'assistant' ? reply.text ?? '' : '';
    if (!TASK_WORD.test(text) || !LATER_WORD.test(text.replace(/\b(task|job) ID\b/gi, ''))) {
      add('task_as_answer', reply ? turns.indexOf(reply) : at, `the call only started a task (${id}); the reply "${text}" never says its results are still to come`);
    }
  });
}

/** Operations that act on what the user already has: undoing a follow, a save, a like, a subscription. */
const ON_OWN = /\b(un ?follow|un ?save|un ?like|un ?subscribe|un ?star|un ?watch|remove (saved|from (my |the )?(library|saved|favou?rites))|leave)\b/;
/** Changing a record in place (its cover, its order, its name). */
const CHANGE_WORD = /\b(upload|reorder|replace|rename|edit|change|update|modify|delete|remove)\b/;
/** Lists chosen by the service, not by the user: featured, new releases, charts, popular, recommendations. */
const EDITORIAL = /\b(featured|new releases?|browse|popular|trending|recommend(ed|ations?)?|charts?|editorial|top (hits|charts|tracks|songs|playlists))\b/;
/** A source listing the user's own things. */
const OWN = /(\/me\/|\/me$|\/users?\/\{|\bcurrent user|\bmy\b|\buser'?s\b|\bsaved\b|\bfollowed\b)/i;

const words = (text: string): string => text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-/{}.]+/g, ' ').toLowerCase();

function checkEditorialSources(record: DialogueRecord, add: Add): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const target = record.operations[slot.operation];
    const source = record.operations[slot.from.operation];
    if (!target || !source) continue;
    // Undoing what the user has, or changing or deleting a record (a playlist's cover): both act on the user's own.
    const named = words(`${slot.operation.split('.').pop()} ${target.name}`);
    if (!ON_OWN.test(named) && !/^(PUT|PATCH|DELETE)$/i.test(target.method) && !CHANGE_WORD.test(named)) continue;
    const sourceText = `${slot.from.operation.split('.').pop()} ${source.name} ${source.path}`;
    if (!EDITORIAL.test(words(sourceText)) || OWN.test(`${source.path} ${source.name}`)) continue;
    const at = record.turns.findIndex((t) => t.speaker === 'assistant' && t.call?.operation === slot.operation);
    add('editorial_for_own', at < 0 ? null : at, `${slot.param} for ${target.name} comes from ${source.name}, a list the service picks, not the user's own`);
  }
}

/** Records of the public world a service numbers itself (the checker's own list). */
const PUBLIC_KIND = new Set(['stat', 'stats', 'statistic', 'tourn', 'tournament', 'competition', 'league', 'season', 'team', 'player', 'match', 'fixture', 'race', 'stage', 'circuit', 'driver', 'city', 'region', 'station', 'airport', 'drink', 'cocktail', 'recipe', 'meal', 'question', 'quiz', 'chapter', 'verse', 'surah', 'ayah', 'hadith', 'movie', 'film', 'tv', 'show', 'series', 'episode', 'tmdb', 'imdb', 'trakt', 'tvdb', 'artist', 'album', 'track', 'song', 'podcast', 'difficulty', 'genre', 'category', 'cuisine', 'sport', 'developer', 'radio', 'channel', 'fight', 'bout', 'coin', 'editorial', 'browse', 'woe', 'geoname', 'place']);
const ARTICLE = new Set(['the', 'a', 'an', 'valid', 'unique', 'its', 'this', 'that', 'your']);

/** The kind of public record a code parameter names (`statId` → stat; `id` "The ID of the team" → team), if any. */
function publicKind(op: RecordOperation, param: string): string | undefined {
  const described = ((op.parameters as { properties?: Record<string, { description?: unknown }> }).properties?.[param]?.description);
  const text = typeof described === 'string' ? described : '';
  const nameWords = words(param).trim().split(' ');
  const last = nameWords[nameWords.length - 1];
  let kind = last === 'id' ? nameWords[nameWords.length - 2] : /^([a-z]+)(id)$/.exec(last ?? '')?.[1];
  if (kind === undefined) {
    const said = /(?:^|[^\w'])([A-Za-z]+)(?:'s)? (?:deezer |spotify |youtube |google )?ID\b/i.exec(text);
    const of = /\bID of (?:the |a |an )?([a-z]+)/i.exec(text);
    kind = [said?.[1]?.toLowerCase(), of?.[1]?.toLowerCase()].find((k) => k !== undefined && !ARTICLE.has(k));
    if (kind === undefined && last === 'id') kind = /\/([a-z]+?)s?\/\{[^}]+\}\/?$/i.exec(op.path)?.[1]?.toLowerCase();
  }
  return kind !== undefined && PUBLIC_KIND.has(kind) ? kind : undefined;
}

function checkPublicCodes(record: DialogueRecord, add: Add): void {
  for (const slot of record.slots) {
    // Volunteered unasked: a code the assistant asks for ("What's the track ID?") may be one the user has at hand.
    if (slot.source !== 'given') continue;
    const op = record.operations[slot.operation];
    if (!op || op.method.toUpperCase() !== 'GET') continue;
    const kind = publicKind(op, slot.param);
    if (kind === undefined) continue;
    const at = record.turns.findIndex((t) => t.speaker === 'user' && (t.text ?? '').includes(String(slot.value)));
    add('public_code_said', at < 0 ? null : at, `the user states the ${kind} ID ${JSON.stringify(slot.value)} for ${op.name}: nobody knows a service's code for a public record`);
  }
}

export function checkAsync15(record: DialogueRecord, add: Add): void {
  checkStartedTasks(record, add);
  checkEditorialSources(record, add);
  checkPublicCodes(record, add);
}
