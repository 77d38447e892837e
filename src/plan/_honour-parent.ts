/**
 * Children fetched under their parent name that parent (QUALITY.md E): the albums of `/artists/{id}/albums` each list
 * that artist (the id sent, under the name the dialogue knows it by: "PLK", not "Sfera Ebbasta" on one album and
 * Barbra Streisand on the next); a child's `artist_id` beside its own id is the id sent. Only the first entry of the
 * list named after the path's parent (`artists`) and the `<parent>_id` field are touched; the pattern over the path
 * is fixed, never built per call.
 */
import { lastNameWord } from './_params.ts';

type Json = Record<string, unknown>;

const PARENT_PATH = /\/([A-Za-z][A-Za-z_-]*)\/\{([^}]+)\}\/[A-Za-z][A-Za-z_-]*\/?$/;
const LABEL = /^(name|title|display_?name)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

export interface ParentList {
  path: string;
  items: unknown[];
}

/**
 * Make the items of `lists` name the parent the path fetched them under. `parentName`: the name the dialogue
 * knows the parent by, if any; `pinned`: paths a later call reads (kept).
 */
export function childrenNameParent(lists: readonly ParentList[], path: string | undefined, args: Readonly<Json>, parentName: string | undefined, pinnedPaths: readonly string[]): void {
  const m = PARENT_PATH.exec(path ?? '');
  if (!m) return;
  const id = args[m[2]!];
  if (typeof id !== 'string' && typeof id !== 'number') return;
  const plural = lastNameWord(m[1]!.replace(/-/g, '_'));
  const noun = singular(plural);
  if (noun.length < 3) return;
  let shared: string | undefined = parentName;
  for (const list of lists) {
    list.items.forEach((item, i) => {
      if (!isRecord(item)) return;
      const ownId = Object.keys(item).some((k) => /^(id|_id|uuid)$/i.test(k));
      for (const [key, value] of Object.entries(item)) {
        const w = lastNameWord(key);
        const at = `${list.path}[${i}].${key}`;
        if (pinnedPaths.some((p) => p.startsWith(at))) continue;
        // (`artist_id` beside the item's own `id`: a follower's lone `user_id` is the follower, not the parent.)
        if (w === `${noun}_id` && typeof value === typeof id && ownId) item[key] = id;
        // The parents a child lists (`artists` of an album); a lone `user` record may be the child itself.
        const entry = w === plural && Array.isArray(value) ? value[0] : undefined;
        if (!isRecord(entry)) continue;
        const idKey = Object.keys(entry).find((k) => /^(id|_id|uuid)$/i.test(k));
        if (idKey === undefined) continue;
        // The parent is listed already (a collaboration names it second): nothing to change.
        if (Array.isArray(value) && value.some((e) => isRecord(e) && e[idKey] === id)) continue;
        entry[idKey] = typeof entry[idKey] === 'number' && typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id;
        const nameKey = Object.keys(entry).find((k) => LABEL.test(k) && typeof entry[k] === 'string');
        if (nameKey === undefined) continue;
        shared ??= entry[nameKey] as string;
        entry[nameKey] = shared;
      }
    });
  }
}
