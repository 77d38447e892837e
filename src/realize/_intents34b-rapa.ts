/**
 * Requests built from RapidAPI operation ids that said the wrong act (wave 34b, QUALITY.md A/J): a place found from
 * the caller's own IP address ("get_place_by_my_ip") is "find the place of the current IP address", never "get the
 * place" (no place is named); a sign-in ("userLogin" on POST) logs in, it creates nothing ("create a user login"); a
 * search of an API's catalog ("searchContent" on YouTube Search) is "search YouTube for content", never "get the content".
 */
import type { RecordOperation } from '../plan/types.ts';

/** The operation reads where the caller itself is: the id, path or description says the IP is the caller's. */
const OWN_IP = /\bmy[\s_-]?ip\b|\/ip\/me\b|\bIP (?:address )?(?:where|from which) the (?:request|call) (?:was|is) (?:performed|made|sent)\b|\b(?:caller|requester)'s IP\b/i;
const PLACE_GOT = /^(?:get|find|look up|retrieve) (?:the |a )?(place|location|city|country|region|geolocation|position)(?: (?:by|from|for) (?:the |an )?IP(?: address)?)?$/;
const LOGIN = /^(?:create|add|make|post) (?:a |an |the )?(?:(user|customer|member|admin|account|client) )?(?:log-?in|sign-?in|signin)$/;
const LOGIN_OP = /log-?in|sign-?in|authenticat/i;
const CATALOG_GOT = /^get the (content|media)$/;

export function requestFromOpId34b(request: string, op: RecordOperation, api: string): string {
  const place = PLACE_GOT.exec(request);
  if (place && OWN_IP.test(`${op.name} ${op.path} ${op.description ?? ''}`)) return `find the ${place[1]} of the current IP address`;
  const login = LOGIN.exec(request);
  if (login && LOGIN_OP.test(`${op.name} ${op.path}`)) return `log in as ${/^[aeio]/.test(login[1] ?? 'user') ? 'an' : 'a'} ${login[1] ?? 'user'}`;
  const got = CATALOG_GOT.exec(request);
  // "YouTube Search": the brand is what is searched; a name that is only "Search" names nothing to search.
  const brand = api.replace(/\s+(?:Search|Finder|Lookup)(?:\s+API)?$/i, '');
  if (got && /^search/i.test(op.name) && brand !== api && /^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?$/.test(brand)) return `search ${brand} for ${got[1]}`;
  return request;
}

/**
 * "radius" described "The distance between coordinate points (on the same row / column in the grid)": the value is
 * the spacing of a grid ("the grid spacing"), never "the radius" of a circle.
 */
const SPACING = /^\s*(?:the )?(distance|spacing|gap|interval) between (?:the )?(?:coordinate |grid |adjacent |neighbouring |neighboring )?(points|cells|nodes|markers)\b/i;

export function spacingNoun34b(noun: string, param: string, op: RecordOperation | undefined): string {
  if (!/^(?:radius|distance|spacing|step|gap|interval)$/i.test(param)) return noun;
  const description = (op?.parameters.properties as Record<string, { description?: unknown }> | undefined)?.[param]?.description;
  const said = typeof description === 'string' ? SPACING.exec(description) : null;
  // "the distance between points" is singularised where one value is told ("the distance between point is 1.2"): "grid spacing".
  return said && /\bgrid\b/i.test(`${op?.name ?? ''} ${op?.path ?? ''} ${description as string}`) ? 'grid spacing' : noun;
}

/** "near a place" once a place was looked up and found: the request is made "there", never near "a place" again. */
export function placedRequest34b(request: string, placeFound: boolean): string {
  return placeFound ? request.replace(/ near (?:a|some|the) (?:place|location|point|spot)\b/, ' there') : request;
}

interface SlotLike { operation: string; param: string; source: string; from?: { operation: string } }
interface TurnLike { call?: { operation: string } | undefined }

/** Whether `operation`'s coordinates come from a place lookup already called before turn `at`. */
export function placeFound34b(slots: readonly SlotLike[], turns: readonly object[], at: number, operation: string | undefined): boolean {
  if (operation === undefined) return false;
  const from = slots.filter((s) => s.operation === operation && s.source === 'chained' && /^(?:lat|lng|lon|latitude|longitude|coordinates?)$/i.test(s.param)).map((s) => s.from?.operation);
  return from.length > 0 && (turns.slice(0, at) as TurnLike[]).some((t) => t.call !== undefined && from.includes(t.call.operation));
}
