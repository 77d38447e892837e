/**
 * Mock values true of the world (QUALITY.md E), wave 27. `offers_identical`: two offers of one product listed
 * apart though alike in every field ("$475.00", used very good, Amazon.com, twice). `genres_clash`: one title's
 * genres (a call naming it by id, or a record with its title) hold a child's genre beside an adult one (Family and Horror). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const VALUES27_INVARIANTS = ['offers_identical', 'genres_clash'] as const satisfies readonly InvariantId[];

const PRICE = /^(price|product_?price|offer_?price|sale_?price|amount)$/i;
const SELLER_OR_CONDITION = /^(seller|seller_?name|merchant|merchant_?name|store|shop|sold_?by|vendor|condition|product_?condition|item_?condition)$/i;
const TITLE_ARG = /^(netflix|title|movie|film|show|series|imdb|tmdb|anime|book|tv|episode)_?id$|^(imdb|tconst)$/i;
const TITLE_KEY = /^(title|name|synopsis|overview|plot|original_?title)$/i;
const GENRE_KEY = /^(genres?|genre_?name|categories)$/i;
const CHILD = /^(family|kids|children|animation|children & family|kids & family)$/i;
const ADULT = /^(horror|thriller|crime|war|erotic|slasher|adult)$/i;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkValues27(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const said = new Set<InvariantId>();
    const once = (id: InvariantId, message: string): void => {
      if (said.has(id)) return;
      said.add(id);
      add(id, at, message);
    };
    const call = record.turns.find((t) => t.speaker === 'assistant' && 'call' in t && t.call?.id === turn.call_id);
    const args = call !== undefined && 'call' in call ? (call.call?.arguments ?? {}) : {};
    // One title's genres: a call naming a title by id, or a record holding a title beside its genres.
    const oneTitle = Object.keys(args).some((k) => TITLE_ARG.test(k));
    const visit = (node: unknown, key: string, depth: number, titled: boolean): void => {
      if (depth > 8 || node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        if (node.length >= 2) listOf(node, key, oneTitle || titled, once);
        node.forEach((n) => visit(n, key, depth + 1, false));
        return;
      }
      const hasTitle = Object.keys(node).some((k) => TITLE_KEY.test(k));
      for (const [k, v] of Object.entries(node as Json)) visit(v, k, depth + 1, hasTitle);
    };
    visit(turn.result, '', 0, false);
  });
}

/** The rules on one list `node` held under `key`. */
function listOf(node: unknown[], key: string, oneTitle: boolean, once: (id: InvariantId, message: string) => void): void {
  const first = node[0];
  if (isRecord(first)) {
    const keys = Object.keys(first);
    if (keys.some((k) => PRICE.test(k)) && keys.some((k) => SELLER_OR_CONDITION.test(k))) {
      const seen = new Set<string>();
      for (const item of node) {
        const json = JSON.stringify(item);
        if (seen.has(json)) once('offers_identical', `two offers alike in every field: ${json.slice(0, 120)}`);
        seen.add(json);
      }
    }
  }
  const genreList = oneTitle && (GENRE_KEY.test(key) || (isRecord(first) && typeof first['genre'] === 'string'));
  if (!genreList) return;
  const names = node.map((n) => (typeof n === 'string' ? n : isRecord(n) ? (typeof n['genre'] === 'string' ? n['genre'] : n['name']) : undefined)).filter((n): n is string => typeof n === 'string');
  const child = names.find((n) => CHILD.test(n));
  const adult = names.find((n) => ADULT.test(n));
  if (child !== undefined && adult !== undefined) once('genres_clash', `one title's genres hold "${child}" beside "${adult}"`);
}
