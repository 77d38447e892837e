/**
 * What calling an operation does to the world: `read` (get, list, search, a POST that only queries),
 * `create`, `update`, `delete` or `action` (send, cancel, purchase, run). Decided once, at load, from the
 * operation's name, summary, path and method, in that order of trust; the evidence says which word decided.
 * Lookups start only at reads (DESIGN.md "Meaning"), so a wrong `read` is the costly mistake: unknown
 * words on a POST never make a read.
 */
import type { Operation, OperationEffect } from './types.ts';
import { identifierWords } from '../text/index.ts';

/** Verbs and the effect they name. Past forms (`cancelled`, `deleted`) are adjectives of a listing, never verbs. */
const VERBS: Record<string, OperationEffect> = {};
const verbs = (effect: OperationEffect, list: string): void => {
  for (const word of list.split(' ')) VERBS[word] = effect;
};
verbs('read', 'get list search find query lookup fetch retrieve show read view browse count check validate verify calculate compute ' +
  'convert estimate price quote describe autocomplete suggest detect analyze analyse extract parse resolve geocode translate predict ' +
  'recommend download export info details detail stats statistics summary filter compare preview ping health exists inspect scan ' +
  'identify classify recognize recognise transcribe summarize summarise');
/** Words that are verbs only at the start of a summary (`Returns the pets`); in names they are nouns (`/transfers/{id}/returns`). */
const SUMMARY_READS = new Set(['returns', 'provides', 'gives']);
/** Nouns that make a read only in a name or summary (`ips/info`), never in the path of a PUT or PATCH. */
const NOUN_READS = new Set(['info', 'details', 'detail', 'stats', 'statistics', 'summary', 'health', 'status', 'preview']);
verbs('create', 'create add insert register signup upload make generate_new clone duplicate import fork');
verbs('update', 'update edit modify set change patch rename replace reorder enable disable mark assign unassign save ' +
  'upsert toggle configure reset restore archive unarchive attach unpin unstar favorite favourite');
verbs('delete', 'delete remove destroy purge erase unlink detach revoke discard trash');
verbs('action', 'send cancel purchase buy pay run execute start stop trigger publish unpublish submit approve reject refund capture ' +
  'subscribe unsubscribe follow unfollow unblock mute unmute invite notify restart deploy sync merge reopen resend retry confirm ' +
  'accept decline authorize authorise login logout signin signout warmup reply');

/** Third-person forms in summaries (`Returns`, `Searches`, `Deletes`). */
function verbOf(word: string): string | undefined {
  if (VERBS[word] !== undefined) return word;
  if (SUMMARY_READS.has(word)) return word;
  if (word.length > 4 && word.endsWith('es') && VERBS[word.slice(0, -2)] !== undefined) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && VERBS[word.slice(0, -1)] !== undefined) return word.slice(0, -1);
  return undefined;
}

/** The first verb among the first few words (`listPets`, `pets_search`, `full_grid_search`), or undefined. */
function firstVerb(words: string[], limit: number, thirdPerson: boolean): string | undefined {
  for (const word of words.slice(0, limit)) {
    const verb = thirdPerson ? verbOf(word) : VERBS[word] !== undefined ? word : undefined;
    if (verb !== undefined) return verb;
  }
  return undefined;
}

/** Static words of the path's last resource segments (`/messages/send.json` → send, messages). */
function pathWords(path: string): string[] {
  const statics = path.split('?')[0]!.split('/').filter((s) => s.length > 0 && !s.includes('{') && !s.startsWith(':'));
  return statics.slice(-2).reverse().flatMap((s) => identifierWords(s.replace(/\.(json|xml|html|csv|txt)$/i, '')));
}

export interface EffectDecision {
  effect: OperationEffect;
  evidence: string;
}

/**
 * The effect of an operation. The method sets the default (GET → read, DELETE → delete, PUT/PATCH →
 * update, POST → create); a verb in the name, summary or last path segment overrides it, because RPC-style
 * APIs (Mandrill posts everything, RapidAPI tools GET a `send_sms`) say what they do in words. A DELETE
 * stays a delete whatever its words.
 */
export function operationEffect(op: Pick<Operation, 'method' | 'path' | 'name' | 'summary' | 'description'>): EffectDecision {
  // Planner, realizer and checker ask again and again about the same operations, often through a new object
  // made of its words (`{method, path, name, description}`): decisions are kept by those words.
  const key = op.description ?? '';
  let kept = decided.get(key);
  const found = kept?.find((e) => e.method === op.method && e.path === op.path && e.name === op.name && e.summary === op.summary && e.description === op.description);
  if (found) return { ...found.decision };
  const decision = decideEffect(op);
  if (!kept) {
    if (decided.size >= 20_000) decided.clear();
    decided.set(key, (kept = []));
  }
  if (kept.length >= 64) kept.length = 0; // many operations with one description (none): keep the scan short
  kept.push({ method: op.method, path: op.path, name: op.name, summary: op.summary, description: op.description, decision });
  return { ...decision };
}

type EffectWords = Pick<Operation, 'method' | 'path' | 'name' | 'summary' | 'description'>;

/** Decisions by the operation's description (its string's hash is kept by the engine), then its other words. */
const decided = new Map<string, (EffectWords & { decision: EffectDecision })[]>();

function decideEffect(op: EffectWords): EffectDecision {
  const method = op.method.toUpperCase();
  if (method === 'DELETE') return { effect: 'delete', evidence: 'method DELETE' };
  const nameWords = identifierWords(op.name);
  // `post_ips_delete_json` (a name made from method and path): the method word is no verb of the name.
  if (method !== 'GET' && nameWords[0] === method.toLowerCase()) nameWords.shift();
  const sources: Array<[string, string[], number]> = [
    ['name', nameWords, 4],
    ['summary', identifierWords(op.summary ?? firstSentence(op.description)), 3],
    ['path', pathWords(op.path), 3],
  ];
  for (const [where, words, limit] of sources) {
    const verb = firstVerb(words, limit, where === 'summary');
    if (verb === undefined) continue;
    let effect = VERBS[verb] ?? 'read';
    // A PATCH changes an existing record (RFC 5789): a summary copied from a create ("creates a project") does not
    // make it one.
    if (method === 'PATCH' && effect === 'create') effect = 'update';
    if (where === 'path' && (method === 'PUT' || method === 'PATCH') && NOUN_READS.has(verb)) break;
    // `POST /pets` named `pets`: the plural collection itself is not a verb.
    return { effect, evidence: `${where} verb "${verb}"${method === 'GET' || method === 'HEAD' || effect !== 'read' ? '' : ` on ${method}`}` };
  }
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return { effect: 'read', evidence: `method ${method}` };
  if (method === 'PUT' || method === 'PATCH') return { effect: 'update', evidence: `method ${method}` };
  // A POST to a collection (`POST /orders`) creates one; any other POST does something.
  const last = pathWords(op.path)[0];
  if (last !== undefined && last.length > 3 && last.endsWith('s')) return { effect: 'create', evidence: `method ${method} on the collection "${last}"` };
  return { effect: 'action', evidence: `method ${method}, no verb in the name, summary or path` };
}

function firstSentence(text: string | undefined): string {
  if (!text) return '';
  return text.split(/(?<=[.!?])\s|\n/)[0] ?? '';
}

/** An operation before its effect is decided. */
export type OperationDraft = Omit<Operation, 'effect' | 'effectEvidence'> & Partial<Pick<Operation, 'effect' | 'effectEvidence'>>;

/** The operation with its effect decided (for operations built by hand, or read from an older saved graph). */
export function withEffect(op: OperationDraft): Operation {
  if (op.effect !== undefined && op.effectEvidence !== undefined) return op as Operation;
  const { effect, evidence } = operationEffect(op);
  return { ...op, effect, effectEvidence: evidence };
}
