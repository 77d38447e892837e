/**
 * The guessed value of a self-correction (DESIGN.md "Self-correction", QUALITY.md E, I, J). A guess is rejected
 * only where the service looks the value up: a key that selects an existing record (an offer id, a playlist id).
 * A count, a date, a free text or the name a create gives is taken as sent (a wrong price, a playlist misnamed),
 * and an open-domain code (a road, a country, a currency) that the assistant made up is often real (the A7 is a road).
 */
import { airportOf, autobahnRoute, countryFacts, currencyFacts } from '../world/index.ts';
import { isCoordinate, lastNameWord, nameWords } from './_params.ts';
import type { PlanOperation, PlanParam } from './_catalog-types.ts';
import { normalized } from './_said.ts';

/** Codes of open domains and enumerations: a made-up one is likely real, or no record at all. */
const OPEN_DOMAIN = /(^|_)(country|countries|currency|currencies|coin|coins|tld|tlds|lang|language|languages|locale|airport|iata|icao|road|highway|route|timezone|tz|city|cities|town|place|location|area|zone|district|region|state|province|zip|postal|postcode|symbol|symbols|ticker|unit|units|color|colour|format|type|types|category|categories|genre|mode|status|kind|sport|league|exchange|market|station|lat|lng|lon|latitude|longitude|coord|coords|coordinates|uri|url|hash|index|idx|num|number|phone|mobile|fax|card|isbn)(_(id|ids|code|codes|key|num|number))?$/;

const keyCache = new WeakMap<PlanParam, boolean>();

/**
 * Does the service look `p` up among its records, so that a guessed value matches none (404)? An id, key, code or
 * slug the user would have to know, of an operation that reads, changes or deletes that record, or of a create
 * that files the new record under it (the playlist a track is added to). Never a listed enumeration.
 */
export function isGuessKey(op: PlanOperation, p: PlanParam): boolean {
  let key = keyCache.get(p);
  if (key === undefined) {
    const word = lastNameWord(p.name);
    key = p.idLike && !isCoordinate(p.name) && p.enum === undefined && !OPEN_DOMAIN.test(word) && !/^(key|code)$/.test(word) && !/\b(api[ _-]?key|access token)\b/i.test(p.description ?? '');
    // A batch of ids (`ids`, `device_ids`): made-up ones come back as nulls or falses, not as one missing record.
    if (key && (/(^|_)(ids|uuids|keys|codes)$/.test(word) || p.schema.type === 'array')) key = false;
    const entity = keyEntity(op, p.name);
    // `/countries/{id}`, `/languages/{id}`: an id of an open domain is as real as its code (a guessed 5 is a country).
    // A bare `id` of "Get a Language" (`/languages/52`): the operation's name says what it selects.
    if (key && (OPEN_DOMAIN.test(entity.replace(/ /g, '_')) || (entity === 'record' && nameWords(op.operation.name).split(' ').some((w) => OPEN_DOMAIN.test(w))))) key = false;
    // A create's own fields name the new record; only a reference to one that exists is looked up.
    // (`sender_id` of "create channels sender" is the new sender's own: nothing to look up.)
    if (key && op.operation.effect === 'create') key = op.operation.inputs.some((i) => i.in === 'path' && i.name === p.name) || (/(^|_)[a-z]+_(id|uuid|key)$/.test(word) && !nameWords(op.operation.name).split(' ').includes(entity));
    keyCache.set(p, key);
  }
  return key;
}

/** A value the world tables know (a road, a country, a currency, an airport): a guess of it finds a real record. */
export function isRealWorldValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (autobahnRoute(value) !== undefined) return true;
  return /^[A-Z]{2,3}$/.test(value) && (countryFacts(value) !== undefined || currencyFacts(value) !== undefined || airportOf(value) !== undefined);
}

/** The record a key selects, as the service names it: `offerId` → "offer", `/playlists/{id}` → "playlist". */
export function keyEntity(op: PlanOperation, name: string): string {
  // The words before the first key word: `issueIdOrKey` → "issue", `device_ids` → "device".
  const own = lastNameWord(name).split(/(?:^|_)(?:id|ids|code|codes|key|keys|uuid|guid|slug)(?:_|$)/)[0]!.replace(/_/g, ' ').trim();
  if (own !== '') return own;
  const collection = new RegExp(`/([A-Za-z_-]+)/\\{${name.replace(/[^A-Za-z0-9_]/g, '')}\\}`).exec(op.operation.path)?.[1];
  const noun = collection ? lastNameWord(collection).replace(/ies$/, 'y').replace(/(?<!s)s$/, '').replace(/_/g, ' ') : '';
  return noun || 'record';
}

/** Inputs of an open domain (a country, a currency, a language, a time zone): a person names theirs. */
const OPEN_PICK = /(^|_)(country|currency|language|lang|locale|timezone|time_zone)(_(code|codes|id|iso|name))?$/;

/** Why a pick of the value `inputs` take is no real choice (three countries of two hundred), or undefined. */
export function openDomainPick(inputs: Iterable<string>): string | undefined {
  for (const input of inputs) if (OPEN_PICK.test(lastNameWord(input))) return `a ${lastNameWord(input).replace(/_/g, ' ')} is named by the user, never picked from a few`;
  return undefined;
}

/** The service's answer to a call with made-up values: the first guessed key matches no record (404); undefined when none can. */
export function guessRejection(op: PlanOperation, guessed: readonly PlanParam[], args: Record<string, unknown>, held: ReadonlyMap<string, unknown>): { code: number; message: string } | undefined {
  const key = guessed.find((p) => isGuessKey(op, p) && !isRealWorldValue(args[p.name]) && normalized(args[p.name]) !== normalized(held.get(p.name)));
  return key ? { code: 404, message: `No ${keyEntity(op, key.name)} found with ${key.name} ${JSON.stringify(args[key.name])}` } : undefined;
}
