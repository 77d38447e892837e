/**
 * Whose record a value comes from, and which values a call cannot do without (QUALITY.md C, I, H):
 * - the caller's own record (`GET /me`, "get current user's profile", "get place by my IP") never supplies a
 *   value about something else the user has in mind (another user's id, the place they asked about);
 * - a whole public collection (every country, every city) is no list to pick from: three arbitrary records
 *   of hundreds answer nothing; the user names the one they mean;
 * - a filter the spec requires in prose ("you must include at least one of the following: `a`, `b`") is sent;
 * - a value of a kind with words of its own (an ENUM whose words the spec does not list) is never volunteered.
 */
import { flatSchema, lastNameWord, nameWords } from './_params.ts';
import type { PlanOperation, PlanParam } from './_catalog-types.ts';

/** A path segment naming the caller (`/me`, `/v1/me/top/artists`, `/users/self`). */
const CALLER_SEGMENT = /(^|\/)(me|my|self|myself)(\/|$)/i;
/** Name words naming the caller ("get current users profile", "get place by my ip", "get me"). */
const CALLER_WORDS = /\b(current users?|my|me|myself|mine)\b/;

const callerCache = new WeakMap<PlanOperation, boolean>();

/** An operation about the caller themselves: their profile, their location by IP, their account. */
export function isCallerOwn(op: PlanOperation): boolean {
  let own = callerCache.get(op);
  if (own === undefined) {
    const o = op.operation;
    own = CALLER_SEGMENT.test(o.path) || CALLER_WORDS.test(nameWords(o.name));
    callerCache.set(op, own);
  }
  return own;
}

/** Records of a whole public collection of places: nobody picks theirs from three arbitrary ones. */
const PLACE_COLLECTION = /^(countries|country|cities|city|regions|region|states|provinces|municipalities|towns|localities|places|locations|airports|timezones|time_zones|currencies|languages)$/;
/** Paging, sizes, locales and sort orders: they narrow nothing. */
const NARROWS_NOTHING = /(^|_)(page|page_number|page_token|cursor|offset|skip|limit|size|page_size|per_page|count|max_results|lang|language|locale|hl|gl|sort|sort_by|order|order_by|direction|format|fields|include|expand|version|api_version)$/;
/** Fields that state how many records the whole list holds. */
const TOTAL_FIELD = /^(total|total_count|total_results|total_items|item_count|items|count|number_of_results|total_records|results_count)$/;
const PAGES_FIELD = /^(number_of_pages|total_pages|page_count|pages)$/;
/** More records than a person reads through to find theirs. */
const WIDE = 25;

/**
 * Why a list the user is asked to pick from is no real choice, or undefined when it is one: called with nothing
 * that narrows it, it lists a whole public collection of places, or says it holds many more records than shown.
 */
export function widePick(result: unknown, args: Record<string, unknown>, listedAt: readonly string[]): string | undefined {
  if (Object.keys(args).some((name) => !NARROWS_NOTHING.test(lastNameWord(name)))) return undefined;
  const listKey = listedAt.map((path) => path.split('[')[0]!.split('.').pop() ?? '').find((k) => k !== '');
  if (listKey && PLACE_COLLECTION.test(lastNameWord(listKey))) return `every ${lastNameWord(listKey)} is listed unfiltered`;
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    const word = lastNameWord(key);
    if (typeof value !== 'number') continue;
    if (TOTAL_FIELD.test(word) && value > WIDE) return `the list holds ${value} records`;
    if (PAGES_FIELD.test(word) && value > 1) return `the list runs to ${value} pages`;
  }
  return undefined;
}

/** "You must include at least one of the following: `a`, `b`" / "Required if you don't provide `a` or `b`". */
const ONE_OF_OPERATION = /\b(?:must|need to|have to)\s+(?:include|provide|specify|pass|send|supply)\s+(?:at least\s+)?one of\b([^]*?)(?:\n\n|$)/i;
const REQUIRED_UNLESS = /\brequired (?:if you don'?t provide|if you do not provide|unless)\b/i;

const oneOfCache = new WeakMap<PlanOperation, PlanParam[]>();

/**
 * Optional parameters of which the spec requires one in prose: the call is made with one of them, or it fails.
 * Empty when the spec says no such thing.
 */
export function requiredOneOf(op: PlanOperation): PlanParam[] {
  let group = oneOfCache.get(op);
  if (group === undefined) {
    const listed = new Set<string>();
    const match = ONE_OF_OPERATION.exec(op.operation.description ?? '');
    if (match) for (const m of (match[1] ?? '').matchAll(/`([A-Za-z0-9_.-]+)`/g)) listed.add(m[1]!);
    group = op.params.filter((p) => !p.required && (listed.has(p.name) || REQUIRED_UNLESS.test(String(flatSchema(p.schema).description ?? p.description ?? ''))));
    oneOfCache.set(op, group);
  }
  return group;
}

/** A value of a kind whose words the spec does not list (`x-rapidapi-type: ENUM` with no enum): nobody can say it. */
export function unlistedEnum(p: PlanParam): boolean {
  const schema = flatSchema(p.schema) as Record<string, unknown>;
  return schema['x-rapidapi-type'] === 'ENUM' && !Array.isArray(schema.enum) && p.enum === undefined;
}

/** Per catalogue: each API's no-input reads by the plural nouns ending their names ("list movie genres"). */
const listsCache = new WeakMap<readonly PlanOperation[], Map<string, PlanOperation>>();

function noInputLists(operations: readonly PlanOperation[]): Map<string, PlanOperation> {
  let lists = listsCache.get(operations);
  if (lists === undefined) {
    lists = new Map();
    for (const op of operations) {
      if (op.operation.effect !== 'read' || op.required.length > 0) continue;
      const last = nameWords(op.operation.name).split(/\s+/).pop() ?? '';
      if (last.length > 3 && last.endsWith('s')) {
        const key = `${op.id.split('.')[0]}\u0000${last}`;
        if (!lists.has(key)) lists.set(key, op);
      }
    }
    listsCache.set(operations, lists);
  }
  return lists;
}

/**
 * The operation of the same API that lists, with no input at all, the records `p` (a `genreId`) is the id of:
 * nobody states such a code ("the genre ID is 35"); the assistant looks it up. Undefined when there is none.
 */
export function codeListedBy(operations: readonly PlanOperation[], op: PlanOperation, p: PlanParam): PlanOperation | undefined {
  const m = /^(?:.*_)?([a-z]+)_id$/.exec(lastNameWord(p.name));
  if (!m || !p.idLike) return undefined;
  const noun = m[1]!;
  const plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : noun.endsWith('s') ? `${noun}es` : `${noun}s`;
  const list = noInputLists(operations).get(`${op.id.split('.')[0]}\u0000${plural}`);
  return list === op ? undefined : list;
}

/** "The value of _id field returned in .../products/list endpoint": the endpoint a parameter's value comes from. */
const NAMED_SOURCE = /\b(?:returned|got|obtained|taken)\s+(?:in|by|from)\s+(?:the\s+)?[.…/ ]*((?:[\w{}-]+\/)*[\w{}-]+(?:\s*(?:\bor\b|\band\b|,)\s*[.…/ ]*(?:[\w{}-]+\/)*[\w{}-]+)*)\s+(?:endpoints?|end points?|api)\b/i;
/** The endpoints a NAMED_SOURCE match names ("flights/detail or .../flights/get-more-info"), without dots and slashes around. */
const namedPaths = (list: string): string[] => list.split(/\s*(?:\bor\b|\band\b|,)\s*/i).map((p) => p.replace(/^[.…/ ]+|\/+$/g, '').toLowerCase()).filter(Boolean);

/**
 * Does the spec name another endpoint than `sourcePath` as where `p`'s value comes from? A car model's id from a
 * search is no `modelId` of the products list the description names (QUALITY.md C).
 */
export function namesOtherSource(p: PlanParam, sourcePath: string): boolean {
  const m = NAMED_SOURCE.exec(String(flatSchema(p.schema).description ?? p.description ?? ''));
  if (!m) return false;
  const path = sourcePath.replace(/^\/+|\/+$/g, '').toLowerCase();
  return !namedPaths(m[1]!).some((named) => path.endsWith(named) || named.endsWith(path));
}

/**
 * A value the spec says is a field another endpoint returns ("Value of 'departure' field returned in
 * .../flights/detail endpoint") is looked up there, never asked of the user, who has no way to know it: a chain
 * that would ask for it is not played.
 */
export function askedNamedSource(assigned: ReadonlyArray<{ op: { id: string }; asked: readonly PlanParam[]; given: readonly PlanParam[] }>): string | undefined {
  for (const a of assigned) {
    for (const p of [...a.asked, ...a.given]) {
      const m = NAMED_SOURCE.exec(String(flatSchema(p.schema).description ?? p.description ?? ''));
      if (m) return `${a.op.id}: ${p.name} is a field of ${m[1]}, which the user cannot be asked for`;
    }
  }
  return undefined;
}
