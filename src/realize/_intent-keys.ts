/**
 * The key a request names (QUALITY.md A, G): said as what the user holds ("for a project", "by its ID"), never a
 * parameter name glued on ("by upper bound", "by API version", "by its project key or ID").
 */
import pluralize from 'pluralize';
import { agreeArticles } from './_intent.ts';

/** The last word of an input a record is looked up by ("order ID", "country code", "username"); "API version", "upper bound", "timestamp" are none. */
const LOOKUP_KEY = /(?:^|\s)(?:ids?|key|keys|code|codes|slug|name|username|handle|symbol|ticker|email|isbn|uuid|number|domain|url)$/i;

/** Whether an input is one a record is looked up by (never a page, a size or a version). */
export function isLookupKey(key: string): boolean {
  return LOOKUP_KEY.test(key) && !/^(?:page|offset|limit|cursor|size|version|api)\b/i.test(key);
}

/**
 * A request with the key the user holds, or undefined when a key adds nothing a person says (QUALITY.md A, G):
 * "get a transaction" + "transaction ID" → "get a transaction by its ID"; "get a notification scheme" + "project
 * key or ID" → "… for a project"; "retrieve a user's page" + "user ID" names its owner already; "get articles" +
 * "upper bound" is no key ("by upper bound" glues a parameter name on).
 */
export function keyedRequest(request: string, key: string, apiSlug: string, path: string): string | undefined {
  // "run a full grid search near a place": the place is given by its coordinates, never "by its ID".
  if (!isLookupKey(key) || (/ near a (?:place|location)$/.test(request) && /\bids?$/i.test(key))) return undefined;
  const keyed = /^(.+?) (ids?|key|name|code|number|slug)(?: or (?:ids?|key|name))?$/i.exec(key);
  // "global ID", "ID or key": no thing owns the key.
  const owner = keyed?.[1] && !/\bor\b|^(?:ids?|global|external|internal|local|unique|remote|public|private|custom|primary|secondary|new|old|database|db|system|object|specific|given|unique|single)$/i.test(keyed[1]) ? keyed[1] : undefined;
  const keyWord = (keyed?.[2] ?? '').toLowerCase();
  const said = keyWord === 'ids' ? 'IDs' : keyWord === 'id' ? 'ID' : keyWord;
  const plural = keyWord === 'ids';
  if (keyed && !owner) return /^ids?$/i.test(key) ? `${request} by ${plural ? 'their' : 'its'} ${said}` : undefined;
  if (!owner) return `${request} by ${key}`;
  const words = request.toLowerCase().split(/[\s']+/).map((w) => pluralize.singular(w));
  const ownerWords = owner.toLowerCase().split(' ').map((w) => pluralize.singular(w));
  if (ownerWords.length > 3) return undefined;
  const head = words[words.length - 1] === 's' ? words[words.length - 2] : words[words.length - 1];
  // "create a task by its name": nothing is made by a key it will have.
  const makes = /^(?:create|add|place|book|hold|order|submit|register|upload|post|make|send)\b/.test(request);
  if (ownerWords.length === 1 && head === ownerWords[0]) return / or /.test(key) || plural || makes ? undefined : `${request} by its ${said}`;
  if (ownerWords.some((w) => words.includes(w))) return undefined;
  // "Netflix ID", "trakt.tv ID", "spotify ID": a catalogue's own key for the thing ("get a show by its Spotify ID"), never "for a Spotify".
  const api = apiSlug.toLowerCase().split(/[^a-z0-9]+/);
  // "for a project" only where the path names the project (/project/{projectIdOrKey}/notificationscheme); a "browse ID" is no browse.
  const pathWords = path.toLowerCase().split(/[^a-z]+/).map((w) => pluralize.singular(w));
  if (!/^[a-z]+(?: [a-z]+)*$/.test(owner) || api.includes(owner.toLowerCase())) return `${request} by ${plural ? 'their' : 'its'} ${api.includes(owner.toLowerCase()) ? owner.charAt(0).toUpperCase() + owner.slice(1) : owner} ${said}`;
  if (!ownerWords.every((w) => pathWords.some((p) => p === w || p.startsWith(w)))) return undefined;
  return `${request} for ${agreeArticles(`a ${owner}`)}`;
}

/** "get the Minister for a ministry": a capitalised word the path spells in lower case is a common noun ("the minister"). */
export function withCommonNouns(request: string, resources: ReadonlySet<string>): string {
  return request.replace(/\b(the|a|an) ([A-Z][a-z]{2,})\b/g, (m, det: string, word: string) => (spelledLower(resources, pluralize.singular(word.toLowerCase())) ? `${det} ${word.toLowerCase()}` : m));
}

function spelledLower(resources: ReadonlySet<string>, word: string): boolean {
  for (const r of resources) if (r.toLowerCase() === word) return true;
  return false;
}
