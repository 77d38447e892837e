/**
 * A record the user names is read by the operation that takes that name: where a target (`get registrar by id`)
 * has a sibling reading the same resource by what the user can say (`get registrar by name`, `/registrar/{name}`),
 * no chain finds the target's code through another lookup that takes that same value (a price list of the
 * registrar named) or through the sibling itself (which already returned the record): the sibling is the call.
 */
import type { PlanOperation } from './_catalog-types.ts';
import { lastNameWord } from './_params.ts';

interface FeedEdge { source: string; chained: { input: string }[] }

/** A path's static segments as singular words (`/search/titles` → search, title). */
export function pathNouns(op: PlanOperation): string[] {
  return op.operation.path
    .split('/')
    .filter((w) => w !== '' && !w.includes('{') && !w.includes('='))
    .map((w) => lastNameWord(w.replace(/\.[a-z]+$/i, '')))
    .map((w) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(ss|us)es$/.test(w) ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}


/** GET operations by API and resource path (`tldp /registrar`): the reads of one resource. */
export function readsByResource(ops: Iterable<PlanOperation>, nouns: (op: PlanOperation) => string[]): Map<string, PlanOperation[]> {
  const out = new Map<string, PlanOperation[]>();
  for (const op of ops) {
    if (op.operation.method.toUpperCase() !== 'GET' || op.required.length === 0) continue;
    const key = `${op.operation.api.name}\u0000${nouns(op).join('/')}`;
    const list = out.get(key) ?? [];
    list.push(op);
    out.set(key, list);
  }
  return out;
}

const keyOf = (op: PlanOperation, nouns: string): string => `${op.operation.api.name}\u0000${nouns}`;

/** A sibling read of `target` that takes only sayable values the source takes too (never a code). */
function siblingBySaid(target: PlanOperation, source: PlanOperation, chainedInputs: ReadonlySet<string>, reads: PlanOperation[]): PlanOperation | undefined {
  const said = new Set(source.required.filter((p) => !p.idLike).map((p) => lastNameWord(p.name)));
  if (said.size === 0) return undefined;
  return reads.find((op) => op.id !== target.id
    && op.required.every((p) => !p.idLike && !chainedInputs.has(p.name) && said.has(lastNameWord(p.name))));
}

/** `edges` without those reaching `target` through a lookup where a sibling read takes what the user says. */
export function withoutDetourToSibling<E extends FeedEdge>(target: PlanOperation, edges: E[], byId: Map<string, PlanOperation>, readsOf: Map<string, PlanOperation[]>, nouns: (op: PlanOperation) => string[]): E[] {
  if (edges.length === 0 || target.operation.method.toUpperCase() !== 'GET') return edges;
  const siblings = readsOf.get(keyOf(target, nouns(target).join('/'))) ?? [];
  if (siblings.length < 2) return edges;
  return edges.filter((edge) => {
    const source = byId.get(edge.source);
    return !source || siblingBySaid(target, source, new Set(edge.chained.map((c) => c.input)), siblings) === undefined;
  });
}

/** APIs whose place search serves their own purpose (a weather service's location search finds weather stations). */
const OWN_PURPOSE_API = /weather|forecast|climate|air[_ ]?quality|pollen|marine|tide|sun[_ ]?(rise|set)|astronom/i;

/**
 * Does `op` find places for another service's call? A geocoder does; a weather service's "search by location" is
 * there to get weather, so coordinates for a school search are not taken from it (a careful assistant geocodes).
 */
export function placeSearchForOthers(op: { api: { name: string; title?: string } }): boolean {
  return !OWN_PURPOSE_API.test(`${op.api.name} ${op.api.title ?? ''}`);
}
