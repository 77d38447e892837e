/**
 * Rules of sound chains (QUALITY.md I, C, H): the record a chain continues with is one the user pointed at,
 * a coordinate pair is said whole, and nobody talks about pages, cursors or limits. Each reads only the
 * record; it shares nothing with the planner it checks.
 */
import type { AssistantTurn, DialogueRecord, ParamRef, ToolTurn, UserTurn } from '../plan/types.ts';
import { identifierWords, mentionsValue, normalizeForMatch } from '../text/index.ts';
import type { InvariantId, Violation } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

export const CHAIN_INVARIANTS = ['unfiltered_source', 'half_coordinate', 'paging_value', 'unrelated_hop', 'opaque_codes'] as const satisfies readonly InvariantId[];

export function checkChains(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkUnfilteredSources(record, out);
  checkCoordinatePairs(record, out);
  checkPagingValues(record, out);
  checkCrossApiHops(record, out);
  checkOpaqueCodes(record, out);
  return out;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value)).trim().toLowerCase();

/** The argument values of a call, flattened (a list argument counts per item). */
function leaves(args: Record<string, unknown>): unknown[] {
  return Object.values(args).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== null && v !== undefined && text(v) !== '');
}

/**
 * A call whose result feeds a later call is told which record to find: at least one of its arguments is a
 * value the user stated (asked or volunteered) or one an earlier call found (a by-id read further down a
 * chain). Otherwise (`searchEvents {}`, a list of all cities) the user must name the item they mean between
 * its result and the call that uses it. One record with nothing to filter (`GET /me`) is the caller's own.
 */
function checkUnfilteredSources(record: DialogueRecord, out: Violation[]): void {
  const turns = record.turns;
  const seen = new Set<string>();
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from || seen.has(slot.from.operation)) continue;
    const source = slot.from.operation;
    const callAt = turns.findIndex((t) => t.speaker === 'assistant' && t.call?.operation === source && !t.error);
    if (callAt < 0) continue;
    seen.add(source);
    const args = (turns[callAt] as AssistantTurn).call!.arguments ?? {};
    const before = turns.slice(0, callAt);
    const userSaid = normalizeForMatch(before.filter((t): t is UserTurn => t.speaker === 'user').map((t) => t.text ?? '').join('\n'));
    const found = before.filter((t): t is ToolTurn => t.speaker === 'tool').map((t) => text(t.result)).join('\n');
    const stated = record.slots.some((s) => s.operation === source && (s.source === 'given' || s.source === 'asked'));
    const told = stated || leaves(args).some((v) => mentionsValue(userSaid, v) || found.includes(text(v)));
    if (told) continue;
    if (Object.keys(args).length === 0 && !/\[/.test(slot.from.field)) continue;
    const toolAt = turns.findIndex((t, i) => i > callAt && t.speaker === 'tool' && t.operation === source);
    const useAt = turns.findIndex((t, i) => i > toolAt && t.speaker === 'assistant' && t.call?.operation === slot.operation && !t.error);
    const item = itemAt((turns[toolAt] as ToolTurn | undefined)?.result, slot.from.field);
    const names = [slot.value, ...Object.values(item ?? {}).filter((v) => typeof v === 'string' && v.length >= 3)];
    const chose = turns.slice(toolAt + 1, useAt < 0 ? turns.length : useAt).some((t) => t.speaker === 'user' && names.some((v) => mentionsValue(normalizeForMatch(t.text ?? ''), v)));
    if (!chose) out.push({ invariant: 'unfiltered_source', turn: callAt, message: `${source} is called with nothing the user said (${JSON.stringify(args)}) and its result gives ${slot.operation}.${slot.param}: the user never said which record` });
  }
}

/** The list item a concrete field path points into (`data.events[2].eventId` → the third event). */
function itemAt(result: unknown, field: string): Record<string, unknown> | undefined {
  const cut = field.lastIndexOf(']');
  if (cut < 0) return undefined;
  let node: unknown = result;
  for (const part of field.slice(0, cut + 1).split(/\.|(?=\[)/)) {
    if (node === null || typeof node !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    node = index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[part];
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

const LATITUDE = /^(.*?)(lat|latitude)$/;
const LONGITUDE = /^(.*?)(lon|lng|long|longitude)$/;
const words = keyWords;

/** The other half of `param`'s coordinate pair among the operation's parameters, if any. */
function partnerOf(record: DialogueRecord, ref: ParamRef): string | undefined {
  const name = words(ref.param);
  const lat = LATITUDE.exec(name);
  const lon = LONGITUDE.exec(name);
  const prefix = lat?.[1] ?? lon?.[1];
  if (prefix === undefined) return undefined;
  const want = lat ? LONGITUDE : LATITUDE;
  const properties = (record.operations[ref.operation]?.parameters as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  return Object.keys(properties).find((p) => p !== ref.param && want.exec(words(p))?.[1] === prefix);
}

/** Nobody says "the latitude is 48.85" without the longitude: a user turn states a pair whole (or its other half was said before). */
function checkCoordinatePairs(record: DialogueRecord, out: Violation[]): void {
  const said = new Set<string>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'user' || !turn.informs?.length) return;
    const here = new Set(turn.informs.map((r) => `${r.operation}\u0000${r.param}`));
    for (const ref of turn.informs) {
      const partner = partnerOf(record, ref);
      if (partner === undefined) continue;
      const key = `${ref.operation}\u0000${partner}`;
      if (!here.has(key) && !said.has(key)) out.push({ invariant: 'half_coordinate', turn: i, message: `the user states ${ref.param} of ${ref.operation} without ${partner}` });
    }
    for (const key of here) said.add(key);
  });
}

const PAGING = /(^|_)(page|page_number|page_no|page_token|page_size|per_page|cursor|offset|limit|next_token|continuation_token)$/;

/** Page numbers, cursors and limits are the assistant's business: never asked for, never stated by the user. */
function checkPagingValues(record: DialogueRecord, out: Violation[]): void {
  record.turns.forEach((turn, i) => {
    const refs = turn.speaker === 'user' ? turn.informs : turn.speaker === 'assistant' && !turn.error ? turn.request : undefined;
    for (const ref of refs ?? []) {
      if (PAGING.test(words(ref.param))) out.push({ invariant: 'paging_value', turn: i, message: `${turn.speaker === 'user' ? 'the user states' : 'the assistant asks for'} ${ref.param} of ${ref.operation}, a paging value nobody says` });
    }
  });
}

/** Words of operation names that only resolve places (a city, an address, a postcode) or find the caller's own. */
const PLACE_WORD = /^(geocode|geocoding|geocoder|reverse|forward|autocomplete|places?|locations?|city|cities|address(es)?|geo|geonames?|regions?|countr(y|ies)|postcodes?|zip|zipcode|postal|coordinates?|locality|localities|towns?|municipality|municipalities|districts?|areas?|nearby|near|point|suburbs?|county|counties)$/;
const NAME_FILLER = /^(get|search|find|list|lookup|look|up|by|id|ids|api|all|details?|info|one|single|for|of|the|a|an|names?|query|codes?|suggest|suggestions|resolve|read|retrieve|fetch|v\d|json|and)$/;
const OWN_PLACE = /^(my|me)$/;

/** Does the operation's name say it resolves a place, or where the caller is? */
function resolvesPlace(record: DialogueRecord, operation: string): boolean {
  const op = record.operations[operation];
  if (!op) return false;
  const words = identifierWords(op.name).filter((w) => !NAME_FILLER.test(w));
  if (words.some((w) => OWN_PLACE.test(w)) && /place|location|ip|geo/i.test(`${op.name} ${op.path}`)) return true;
  return words.length > 0 && words.every((w) => PLACE_WORD.test(w)) && words.some((w) => !/^(nearby|near|point|reverse|forward)$/.test(w));
}

/**
 * A value found by one service feeds another only when it comes from resolving a place the user named (a city
 * to its coordinates) or the caller's own place, and every lookup before it did too: a water well's coordinates
 * are not where the user wants a ride, a weather alert's country is not the one whose chart they want.
 */
function checkCrossApiHops(record: DialogueRecord, out: Violation[]): void {
  const apiOf = (id: string): string | undefined => record.operations[id]?.api;
  const feeders = (id: string): string[] => record.slots.filter((s) => s.operation === id && s.source === 'chained' && s.from).map((s) => s.from!.operation);
  const reported = new Set<string>();
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from || apiOf(slot.from.operation) === apiOf(slot.operation)) continue;
    // The source and every lookup feeding it, back to what the user said.
    const behind: string[] = [];
    const queue = [slot.from.operation];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (behind.includes(id)) continue;
      behind.push(id);
      queue.push(...feeders(id));
    }
    const unrelated = behind.find((id) => !resolvesPlace(record, id));
    if (unrelated === undefined || reported.has(unrelated)) continue;
    reported.add(unrelated);
    const at = record.turns.findIndex((t) => t.speaker === 'assistant' && t.call?.operation === slot.operation && !t.error);
    out.push({ invariant: 'unrelated_hop', turn: at < 0 ? null : at, message: `${slot.operation}.${slot.param} comes from another service through ${unrelated}, which resolves no place the user named: another record's ${slot.param} is not the user's` });
  }
}

const CODE = /(^|_)(id|ids|uuid|guid)$/;

/** Nobody keeps two opaque codes at hand for one request: a user states at most one identifier per operation. */
function checkOpaqueCodes(record: DialogueRecord, out: Violation[]): void {
  const byOperation = new Map<string, string[]>();
  for (const slot of record.slots) {
    if ((slot.source !== 'given' && slot.source !== 'asked') || !CODE.test(words(slot.param))) continue;
    byOperation.set(slot.operation, [...(byOperation.get(slot.operation) ?? []), slot.param]);
  }
  for (const [operation, params] of byOperation) {
    if (params.length < 2) continue;
    const at = record.turns.findIndex((t) => t.speaker === 'user' && (t.informs ?? []).some((r) => r.operation === operation && params.includes(r.param)));
    out.push({ invariant: 'opaque_codes', turn: at < 0 ? null : at, message: `the user is to state ${params.length} identifiers of ${operation} (${params.join(', ')}): nobody has several codes at hand; look them up by what the user can name` });
  }
}
