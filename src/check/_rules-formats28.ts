/**
 * Ids, keys and links in the formats a real service gives them (QUALITY.md E), wave 28. Reads only the dialogue record.
 * - `uri_schemes_mixed`: the items of one list give their `uri` in one scheme: "spotify:playlist:37i9dQZF1E4qQ00I1Jm1ay"
 *   beside "https://www.spotify.com/playlists/mfs_8mewaxn2qu" is two formats of one thing.
 * - `web_hit_random_host`: a web search result (a title and a link beside a snippet, a position or a domain) is a
 *   page of a real site, never of a made-up two-word domain ("https://clueless-kielbasa.biz").
 * - `project_key_not_letters`: a project's, board's or space's key sent in a call is capitals ("MKT"), never "47884".
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FORMATS28_INVARIANTS = ['uri_schemes_mixed', 'web_hit_random_host', 'project_key_not_letters'] as const satisfies readonly InvariantId[];

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const URI_KEY = /(^|_|[a-z])(uri|Uri)$/;
const SCHEMED = /^[a-z][a-z0-9+.-]*:(?:[a-z]+:)*[A-Za-z0-9]{6,}$/;
const WEB = /^https?:\/\//i;
const LINK = /^(link|url)$/;
const TITLE = /^(title|name|headline)$/;
const HIT_SIGN = /^(snippet|position|rank|domain|displayed_?link|display_?link|displayed_?url)$/i;
/** A host in the shape of a random domain: adjective-noun on a generic suffix (`all-hyena.name`). */
const RANDOM_HOST = /^https?:\/\/(?:www\.)?[a-z]+(?:-[a-z]+)+\.(?:com|name|info|biz|net|org)(?:\/|$)/;
/** `projectKey`, `project_keys`, `boardKey`, `spaceKey` (not `projectIdOrKey`, which takes an id as well). */
const PROJECT_KEY = /^(project|board|space)_?keys?$/i;
const CAPITALS = /^[A-Z][A-Z0-9_]{0,9}$/;

/** Calls each list of records in `value` (lists inside lists too, four levels down). */
function eachList(value: unknown, visit: (items: Record<string, unknown>[]) => void, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (value.length > 1 && value.every(isRecord)) visit(value as Record<string, unknown>[]);
    for (const item of value) eachList(item, visit, depth + 1);
    return;
  }
  for (const v of Object.values(value)) eachList(v, visit, depth + 1);
}

function mixedUri(items: Record<string, unknown>[]): string | undefined {
  for (const key of Object.keys(items[0]!)) {
    if (!URI_KEY.test(key)) continue;
    const values = items.map((item) => item[key]).filter((v): v is string => typeof v === 'string');
    const schemed = values.find((v) => SCHEMED.test(v));
    const web = values.find((v) => WEB.test(v));
    if (schemed !== undefined && web !== undefined) return `${key} "${schemed}" beside "${web}"`;
  }
  return undefined;
}

function randomHit(items: Record<string, unknown>[]): string | undefined {
  const keys = Object.keys(items[0]!);
  const link = keys.find((k) => LINK.test(k));
  if (link === undefined || !keys.some((k) => TITLE.test(k)) || !keys.some((k) => HIT_SIGN.test(k))) return undefined;
  const bad = items.find((item) => typeof item[link] === 'string' && RANDOM_HOST.test(item[link] as string));
  return bad === undefined ? undefined : String(bad[link]);
}

function badProjectKey(args: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (!PROJECT_KEY.test(k)) continue;
    const keys = (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' ? x.split(',').map((s) => s.trim()) : []));
    const bad = keys.find((x) => x !== '' && !CAPITALS.test(x));
    if (bad !== undefined) return `${k} "${bad}"`;
  }
  return undefined;
}

export function checkFormats28(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const bad = badProjectKey(turn.call.arguments as Record<string, unknown>);
      // (A self-correction's wrong call is marked and not trained on.)
      if (bad !== undefined && (turn as { error?: unknown }).error === undefined) add('project_key_not_letters', at, `${turn.call.operation}: the key ${bad} is no project key of capitals`);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    let mixed: string | undefined;
    let hit: string | undefined;
    eachList(turn.result, (items) => {
      mixed ??= mixedUri(items);
      hit ??= randomHit(items);
    });
    if (mixed !== undefined) add('uri_schemes_mixed', at, `${turn.operation}: one list gives its uris in two formats, ${mixed}`);
    if (hit !== undefined) add('web_hit_random_host', at, `${turn.operation}: a web search result links to a made-up domain, ${hit}`);
  });
}
