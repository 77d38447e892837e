/**
 * What a careful assistant asks and which call it makes (QUALITY.md H, I, D): a search is searched by what the
 * user wants (never called empty to pick among arbitrary records), a vague opening is never answered with a
 * destructive proposal, and an operation is asked for in words that say what it does (a PATCH whose summary
 * says "creates a project" is not what a user who wants a new project gets).
 */
import { describesPaging, flatSchema, isCoordinate, isDefaultKnob, lastNameWord, nameWords, schemaType } from './_params.ts';
import type { PlanOperation, PlanParam } from './_catalog-types.ts';
import { unlistedEnum } from './_whose.ts';
import { isTuningParam, presenceDependency } from './_requires20.ts';

/** An operation that finds records by what it is told (search, autocomplete, find, look up). */
const SEARCH_NAME = /\b(search|searches|autocomplete|suggest|suggestions|find|lookup|look up)\b/;
/** The parameter a search is searched by: its query, term, title, prefix or name. */
const SEARCH_TERM = /(^|_)(q|query|search|search_query|search_term|searchterm|term|keyword|keywords|title|prefix|text|name)$/;

const searchCache = new WeakMap<PlanOperation, PlanParam | null>();

/**
 * The optional search term of a search operation (`q`, `title`, `prefix`), or undefined when the operation is
 * no search or has none. Such a search is called with its term: called empty, it returns arbitrary records.
 */
export function optionalSearchTerm(op: PlanOperation): PlanParam | undefined {
  const cached = searchCache.get(op);
  if (cached !== undefined) return cached ?? undefined;
  const o = op.operation;
  let term: PlanParam | undefined;
  if (o.effect === 'read' && SEARCH_NAME.test(`${nameWords(o.name)} ${(o.summary ?? '').toLowerCase()}`)) {
    const terms = op.optional.filter((p) => SEARCH_TERM.test(lastNameWord(p.name)) && p.enum === undefined);
    // The plainest first: `q`/`query` before `title` before `name`.
    term = terms.find((p) => /(^|_)(q|query|search|search_query|search_term|term|keyword|keywords|prefix)$/.test(lastNameWord(p.name))) ?? terms[0];
  }
  searchCache.set(op, term ?? null);
  return term;
}

/** Is any of `params` a search term (the user already says what to search for)? */
export function saysSearchTerm(params: readonly PlanParam[]): boolean {
  return params.some((p) => SEARCH_TERM.test(lastNameWord(p.name)));
}

/** Operations nobody is offered unasked: deleting, cancelling, withdrawing, revoking, closing. */
const DESTRUCTIVE = /\b(delete|deletes|remove|removes|cancel|cancels|withdraw|withdraws|revoke|revokes|destroy|purge|terminate|deactivate|unsubscribe|void|erase|wipe|discard|archive)\b/;

/** A delete, or an operation whose name or summary says it cancels, withdraws or removes something. */
export function isDestructive(op: PlanOperation): boolean {
  const o = op.operation;
  return o.effect === 'delete' || (o.effect !== 'read' && DESTRUCTIVE.test(`${nameWords(o.name)} ${(o.summary ?? '').toLowerCase()}`));
}

const CREATE_WORD = /\b(create|creates|creating|make a new|add a new|adds a new)\b/i;

/**
 * A phrase that asks for another effect than the operation has: "create a project" for a PATCH of an existing
 * one (a spec's summary copied from its neighbour). A user asking that is never answered by this operation.
 */
export function contradictsEffect(text: string, effect: string): boolean {
  return (effect === 'update' || effect === 'delete') && CREATE_WORD.test(text);
}

const volunteerCache = new WeakMap<PlanOperation, PlanParam[]>();

/**
 * An optional note, comment, message or remark: what a user would write there depends on the whole story (a
 * refund's note speaks of the wrong item), and a stock line ("Ring the bell twice, please.") contradicts it.
 */
const API_KEY = /\b(api[ _-]?key|access token|auth(entication|orization)? (key|token))\b/i;

/** A credential in the body (Mandrill's undocumented `key` on "/senders/add-domain.json"): the client's, never said. */
function isCredential(op: PlanOperation, p: PlanParam): boolean {
  if (API_KEY.test(p.description ?? '')) return true;
  return lastNameWord(p.name) === 'key' && !p.description && !/key/i.test(`${op.operation.path} ${op.operation.name}`);
}

const ASIDE_TEXT = /(^|_)(note|notes|comment|comments|message|memo|remark|remarks)$/;
/** Where the service sends the browser or its notices afterwards: an integration's setting, never a user's words (QUALITY.md H). */
const ROUTING_URL = /(^|_)(redirect|callback|return|success|failure|failed|cancel|error|webhook|notify|notification|ipn|postback|done|next)_(url|uri|link)$|(^|_)(webhook|redirect|redirect_to)$/;

/**
 * The optional values a user volunteers: what a person knows. Never an API flag ("yes, please enable shared
 * users") nor raw coordinates ("the latitude is 35.1017"), nor a page size named by a letter (`l`: "Limit returned
 * items"), nor an aside (a note, a comment): a person names a place, and the assistant sets flags and sizes.
 */
/** {sectorCusip: {default: "ALL"}}: a default that means "no filter"; a person who wants all says nothing. */
const CATCH_ALL = /^(?:all|any|\*|everything|none|both|default)$/i;

/** "If bufferMetres is specified, the buffer join …": an option of another option, said only by one who asks for both. */
function dependsOnAnother(op: PlanOperation, p: PlanParam): boolean {
  const other = presenceDependency(p.description);
  return other !== undefined && other !== p.name && op.params.some((q) => q.name === other);
}

export function volunteerable(op: PlanOperation): PlanParam[] {
  let out = volunteerCache.get(op);
  if (out === undefined) {
    out = op.optional.filter((p) => schemaType(flatSchema(p.schema)) !== 'boolean' && !isCoordinate(p.name) && !unlistedEnum(p) && !describesPaging(p.description) && !ASIDE_TEXT.test(lastNameWord(p.name)) && !ROUTING_URL.test(lastNameWord(p.name)) && !isDefaultKnob(p) && !isCredential(op, p) && !CATCH_ALL.test(String(p.default ?? '')) && !isTuningParam(p) && !dependsOnAnother(op, p));
    volunteerCache.set(op, out);
  }
  return out;
}

const RADIUS = /(^|_)(radius|distance|within|range)(_(km|kms|mi|miles|m|meters|metres|kilometers|kilometres))?$/;
const RADIUS_UNIT = /(^|_)(radius|distance)_units?$/;
const PLACE = /(^|_)((?:city|country|region|area|location|place|airport)_(?:code|id|name)|location|place|city|town|address|near|around|lat|latitude|lng|lon|longitude|coordinates|coords|latlng|ll|postcode|zip|zipcode|postal_code|point|center|centre|origin|venue|area)$/;

/**
 * `spare` less any radius when none of `with` names a place: "the radius in kilometers is 200" around nowhere is
 * no request; a radius is only said with its place.
 */
export function withoutLoneRadius(spare: PlanParam[], withParams: readonly PlanParam[]): PlanParam[] {
  // "The radius unit is MILE" with no radius is no request either.
  const radiusSaid = withParams.some((p) => RADIUS.test(lastNameWord(p.name)));
  const out = radiusSaid ? spare : spare.filter((p) => !RADIUS_UNIT.test(lastNameWord(p.name)));
  if (!out.some((p) => RADIUS.test(lastNameWord(p.name)))) return out;
  if (withParams.some((p) => PLACE.test(lastNameWord(p.name)))) return out;
  return out.filter((p) => !RADIUS.test(lastNameWord(p.name)));
}
