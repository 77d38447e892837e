/**
 * Results that say back what they were asked (QUALITY.md E). `ip_not_echoed`: a lookup sent an IP address (under
 * any name: `q`, `query`, `ip`) returns that address in its top-level `ip` field, never another one.
 * `ranking_not_from_one`: the first page of a ranking (no page past the first, no offset) starts at rank 1 — a
 * leaderboard of ranks 2, 3, 4 lacks its leader. Only lists whose ranks follow on one from another (a page of a
 * ranking) are read; a grid of places, each with the rank found there, is not. `root_not_echoed`: option roots or
 * underlyings fetched for a ticker (`RootSymbol`, `UnderlyingSym`) hold that ticker, not another stock's. Reads only
 * the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { identifierWords } from '../text/index.ts';
import { memoized } from '../text/memo.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ECHO14_INVARIANTS = ['ip_not_echoed', 'ranking_not_from_one', 'root_not_echoed'] as const satisfies readonly InvariantId[];

/** A key as lower-case words joined by `_` (`RootSymbol` → `root_symbol`), kept per key. */
const words = memoized((key: string): string => identifierWords(key).map((x) => x.toLowerCase()).join('_'));
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const IP_VALUE = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7})$/i;
const IP_NAME = /^(ip|ip_address)$/;
const RANK_NAME = /^(rank|ranking)$/;
const PAGE_NAME = /^(page|page_number|page_no|offset|skip|start|start_index|cursor|page_token|after)$/;
const ROOT_NAME = /^(root|underlying)_(symbol|sym|ticker)$/;
const SYMBOL_ARG = /^(?:(?:stock|ticker|company|instrument|underlying)_)?(ticker|symbol)$/;
const TICKER_VALUE = /^\^?[A-Z][A-Z0-9]{0,9}([.\-=][A-Z0-9]{1,5})?$/;

/** The call asks for a later page: a page past 1, an offset past 0, or a cursor. */
function laterPage(args: Json): boolean {
  for (const [key, value] of Object.entries(args)) {
    const name = words(key);
    if (!PAGE_NAME.test(name)) continue;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isFinite(n) ? n > 1 || (n === 1 && !name.startsWith('page')) : /cursor|token|after/.test(name) && value !== '' && value !== null) return true;
  }
  return false;
}

/** The first list (root or one level down) of records whose ranks follow on from a first rank above 1. */
function rankingPastOne(result: unknown): string | undefined {
  const lists = Array.isArray(result) ? [result] : isRecord(result) ? Object.values(result).filter(Array.isArray) : [];
  for (const list of lists) {
    if (list.length < 2 || !list.every(isRecord)) continue;
    const key = Object.keys(list[0] as Json).find((k) => RANK_NAME.test(words(k)));
    if (key === undefined) continue;
    const ranks = (list as Json[]).map((r) => (typeof r[key] === 'number' ? r[key] : typeof r[key] === 'string' && /^\d+$/.test(r[key] as string) ? Number(r[key]) : NaN)) as number[];
    if (!ranks.every(Number.isInteger)) continue;
    const sorted = [...ranks].sort((a, b) => a - b);
    if (sorted[0]! > 1 && sorted.every((r, i) => r === sorted[0]! + i)) return `${key} ${sorted.join(', ')}`;
  }
  return undefined;
}

/** The first option root or underlying (root, its lists' records) that is a ticker other than the sent one. */
function otherRoot(result: unknown, sent: string): string | undefined {
  const visit = (value: unknown, depth: number): string | undefined => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = visit(item, depth);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (!isRecord(value) || depth > 2) return undefined;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string' && ROOT_NAME.test(words(key)) && TICKER_VALUE.test(child) && child !== sent) return `${key} "${child}"`;
      if (child !== null && typeof child === 'object') {
        const found = visit(child, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return visit(result, 0);
}

export function checkEcho14(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const args = argsOf.get(turn.call_id);
    if (args === undefined) return;
    const result = turn.result;
    const ips = Object.values(args).filter((v): v is string => typeof v === 'string' && IP_VALUE.test(v));
    if (ips.length > 0 && isRecord(result)) {
      const key = Object.keys(result).find((k) => IP_NAME.test(words(k)) && typeof result[k] === 'string' && IP_VALUE.test(result[k] as string) && !ips.includes(result[k] as string));
      if (key !== undefined) add('ip_not_echoed', at, `looked up ${ips.join(', ')}, the result's ${key} is ${String(result[key])}`);
    }
    if (!laterPage(args)) {
      const ranks = rankingPastOne(result);
      if (ranks !== undefined) add('ranking_not_from_one', at, `the first page of a ranking starts past rank 1: ${ranks}`);
    }
    const sent = Object.entries(args).find(([k, v]) => SYMBOL_ARG.test(words(k)) && typeof v === 'string' && TICKER_VALUE.test(v))?.[1] as string | undefined;
    if (sent !== undefined) {
      const other = otherRoot(result, sent);
      if (other !== undefined) add('root_not_echoed', at, `fetched for ${sent}, the result has ${other}`);
    }
  });
}
