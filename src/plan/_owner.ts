/**
 * Which record a chained value identifies. A search lists records of one kind (apps); an item's own id names the
 * app found, but another record's id on it (the app's `developerId`, a track's `album.id`) names whatever owns the
 * first hit, a record the user never named nor confirmed: "a developer's apps" looked up through an app search for
 * "food" returns a stranger's apps.
 */
import type { PlanOperation } from './_catalog-types.ts';

/** `<kind>Id`, `<kind>_id`: an id named for its kind (`developerId`, `album_id`). */
const KIND_ID = /^([a-z][a-z0-9]*?)[_-]?(id|uuid|guid|key|slug)$/i;
const PLAIN_ID = /^(id|uuid|guid|key|slug)$/i;
const idsCache = new WeakMap<PlanOperation, Map<string, string[]>>();

/** The id fields directly on each list item of `op`'s result, by list prefix (`data[]` → `appId, developerId`). */
function itemIds(op: PlanOperation): Map<string, string[]> {
  let out = idsCache.get(op);
  if (!out) {
    out = new Map();
    for (const f of op.operation.outputs) {
      const cut = f.path.lastIndexOf('[]');
      if (cut < 0) continue;
      const leaf = f.path.slice(cut + 2).replace(/^\./, '');
      if (leaf.includes('.') || !(KIND_ID.test(leaf) || PLAIN_ID.test(leaf))) continue;
      const prefix = f.path.slice(0, cut + 2);
      out.set(prefix, [...(out.get(prefix) ?? []), leaf]);
    }
    idsCache.set(op, out);
  }
  return out;
}

const wordsCache = new WeakMap<PlanOperation, string>();
/** The source's name and path, lower-cased: what kind of record it lists. */
function sourceWords(op: PlanOperation): string {
  let out = wordsCache.get(op);
  if (out === undefined) {
    out = `${op.operation.name} ${op.operation.path}`.toLowerCase();
    wordsCache.set(op, out);
  }
  return out;
}

/** Is `id` named for the kind `source` lists (`appId` of `getapps`)? */
function ownKind(source: PlanOperation, id: string): boolean {
  const kind = (KIND_ID.exec(id)?.[1] ?? '').toLowerCase();
  return kind.length >= 3 && sourceWords(source).includes(kind);
}

/** Normalises a response path's list marks (`data[0].x` → `data[].x`). */
const INDEX = /\[\d*\]/g;

/**
 * Does `output` (a field of an item in `source`'s list) identify a record other than the item itself? A nested
 * record's id (`tracks[].album.id`), or a kind-named id beside the item's own (`data[].developerId` beside
 * `appId` of `getapps`), does.
 */
export function identifiesOtherRecord(source: PlanOperation, output: string): boolean {
  const path = output.replace(INDEX, '[]');
  const cut = path.lastIndexOf('[]');
  if (cut < 0) return false;
  const leaf = path.slice(cut + 2).replace(/^\./, '');
  const dot = leaf.lastIndexOf('.');
  const last = dot < 0 ? leaf : leaf.slice(dot + 1);
  if (!(KIND_ID.test(last) || PLAIN_ID.test(last))) return false;
  if (dot < 0 && PLAIN_ID.test(last)) return false;
  // The kind the id names: the nested record's (`album` of `album.id`) or the id's own prefix (`developer`).
  const kind = (dot >= 0 ? (leaf.slice(0, dot).split('.').pop() ?? '') : (KIND_ID.exec(last)?.[1] ?? '')).toLowerCase();
  const list = (path.slice(0, cut).split('.').pop() ?? '').toLowerCase();
  // The list or the operation is named for that kind (`developers[].developerId`, `getProjects` → `projectId`):
  // the item's own id.
  if (kind.length < 3 || list.startsWith(kind) || sourceWords(source).includes(kind)) return false;
  if (dot >= 0) return true;
  const ids = itemIds(source).get(path.slice(0, cut + 2)) ?? [];
  // Foreign only beside the item's own id (`appId` of `getapps`, a plain `id`); ids named for other services
  // (`netflix_id` beside `imdb_id`) are all the item's own.
  return ids.some((other) => other !== last && (PLAIN_ID.test(other) || ownKind(source, other)));
}

/** A code a person knows by its thing's name: their country, a language, a currency, a time zone. */
const KNOWN_CODE = /^(country|language|lang|currency|timezone|time_?zone)[_-]?(code|codes|iso|iso2|iso3|alpha2|alpha3|id|key)?$/i;
const KNOWN_KIND: Record<string, string> = { country: 'countr', language: 'language', lang: 'lang', currency: 'currenc', timezone: 'zone', time_zone: 'zone', timezone_: 'zone' };

/**
 * Is `output` a country (language, currency) code read off items of a list about something else (`[].countryCode`
 * of the next public holidays)? A person names their country; picking a holiday to get "IE" is no way to ask it.
 * Only a list of the things themselves (`/AvailableCountries`) is picked from.
 */
export function codeOffUnrelatedList(source: PlanOperation, output: string): boolean {
  const path = output.replace(INDEX, '[]');
  const cut = path.lastIndexOf('[]');
  if (cut < 0) return false;
  const last = (path.slice(cut + 2).split('.').pop() ?? '').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  const m = KNOWN_CODE.exec(last);
  if (!m) return false;
  const stem = KNOWN_KIND[(m[1] ?? '').toLowerCase()] ?? 'zone';
  const list = (path.slice(0, cut).split('.').pop() ?? '').toLowerCase();
  return !list.includes(stem) && !sourceWords(source).includes(stem);
}

/** Undoing what the user has (an unfollow, an unsave, an unsubscribe, a removal from their library). */
const UNDOES_OWN = /\b(un ?follow|un ?save|un ?like|un ?subscribe|un ?star|un ?watch|remove (saved|from (my |the )?(library|saved|favou?rites))|leave)\b/;
/** Changing a record in place (its cover, its order, its name). */
const CHANGES = /\b(upload|reorder|replace|rename|edit|change|update|modify|delete|remove)\b/;
/** A list the service picks (featured, new releases, charts, popular, recommendations): nobody's own. */
const SERVICE_PICKS = /\b(featured|new releases?|browse|popular|trending|recommend(ed|ations?)?|charts?|editorial|top (hits|charts|tracks|songs|playlists))\b/;
/** A list of the user's own things (`/me/playlists`, "Get Current User's Playlists"). */
const USERS_OWN = /(\/me\/|\/me$|\/users?\/\{|\bcurrent user|\bmy\b|\buser'?s\b|\bsaved\b|\bfollowed\b)/i;
const spaced = (text: string): string => text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-/{}.]+/g, ' ').toLowerCase();

/**
 * Would `source` find what `target` acts on among things that are not the user's? A playlist to unfollow is one the
 * user follows: it is found among their own playlists, never among the service's featured ones.
 */
export function pickedByServiceForOwn(source: { id: string; name: string; path: string }, target: { id: string; name: string; effect?: string }): boolean {
  // Changing or deleting a record (a playlist's cover, its details) is for the user's own: a featured playlist is
  // the service's, so "change my playlist's cover" never looks the playlist up among featured ones.
  const named = spaced(`${target.id.split('.').pop()} ${target.name}`);
  const changesOwn = target.effect === 'update' || target.effect === 'delete' || CHANGES.test(named);
  if (!changesOwn && !UNDOES_OWN.test(named)) return false;
  return SERVICE_PICKS.test(spaced(`${source.id.split('.').pop()} ${source.name} ${source.path}`)) && !USERS_OWN.test(`${source.path} ${source.name}`);
}

/**
 * A list the service or the user's history picks (new releases, featured, trending, recommendations, their top
 * artists, what they played lately): it holds some records, not any one the user means, so it never looks up a
 * record the user only failed to identify; ask for its name and search instead.
 */
const CURATED = /\b(featured|new releases?|popular|trending|recommend(ed|ations?)?|editorial|top (hits|tracks|songs|playlists|artists|items|rated)|users? top|recently played|most (played|popular|viewed))\b/;
export function curatedList(source: { id: string; name: string; path: string }): boolean {
  return CURATED.test(spaced(`${source.id.split('.').pop()} ${source.name} ${source.path}`));
}
