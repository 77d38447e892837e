/**
 * Lists, counts and figures of a result agree with each other and with what is said of them (QUALITY.md E, F),
 * wave 23. `page_said_whole`: a page with a continuation token and no total is said as "the first 3" or "at least
 * 3", never "There are 3 stores". `count_fields_differ`: one count held twice (`total_tracks: 9`, `tracks.total: 4`)
 * is one number. `funnel_out_of_order`: mail figures narrow (sent ≥ delivered ≥ unique opens ≥ unique clicks, a
 * unique count never above its total, clicks never above opens). `settled_still_owed`: a grant or loan marked repaid
 * has nothing left on its balances. A `total` beside the one list of records (a list of words beside it) is never
 * below the items listed (`total_below_shown`). `numbered_list_gaps`: a list of all of something named by numbers
 * ("Round 1", "Round 11", "Round 17") is consecutive. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const LISTS23_INVARIANTS = ['page_said_whole', 'count_fields_differ', 'funnel_out_of_order', 'settled_still_owed', 'numbered_list_gaps'] as const satisfies readonly InvariantId[];

const MORE_KEY = /^(continuation_?token|next_?page_?token|next_?token|next_?cursor|has_?more|has_?next_?page)$/i;
const TOTAL_KEY = /^(total|total_?count|total_?results|total_?elements|total_?items|total_?hits|total_?records|num_?found|count|estimated_?results)$/i;
const COUNT_OF = /^(?:total_|num_|number_of_)([a-z]+)$|^([a-z]+)_count$/;
const SETTLED = /^(repaid|paid_?off|settled|fully_?repaid)$/i;

function snake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The number of items of a top-level page that says more follow and gives no total; undefined otherwise. */
function pageOfMore(result: unknown): number | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const entries = Object.entries(result as Record<string, unknown>);
  if (entries.some(([k, v]) => TOTAL_KEY.test(k) && typeof v === 'number')) return undefined;
  if (!entries.some(([k, v]) => MORE_KEY.test(k) && (v === true || (typeof v === 'string' && v.trim() !== '')))) return undefined;
  const lists = entries.filter(([, v]) => Array.isArray(v) && v.length > 1);
  return lists.length === 1 ? (lists[0]![1] as unknown[]).length : undefined;
}

function numbersOf(obj: Record<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'number') out.set(snake(k), v);
  return out;
}

function funnelProblem(obj: Record<string, unknown>): string | undefined {
  const n = numbersOf(obj);
  if (!n.has('opens') && !n.has('unique_opens')) return undefined;
  const steps = ['sent', 'delivered', 'unique_opens', 'unique_clicks'].filter((s) => n.has(s));
  for (let i = 1; i < steps.length; i++) if (n.get(steps[i]!)! > n.get(steps[i - 1]!)!) return `${steps[i]} ${n.get(steps[i]!)} above ${steps[i - 1]} ${n.get(steps[i - 1]!)}`;
  for (const [u, a] of [['unique_opens', 'opens'], ['unique_clicks', 'clicks'], ['clicks', 'opens']] as const) {
    if (n.has(u) && n.has(a) && n.get(u)! > n.get(a)!) return `${u} ${n.get(u)} above ${a} ${n.get(a)}`;
  }
  return undefined;
}

function checkResult(result: unknown, at: number, add: Add): void {
  eachObject(result, (obj) => {
    const keys = Object.keys(obj);
    for (const k of keys) {
      const v = obj[k];
      if (typeof v !== 'number') continue;
      const m = COUNT_OF.exec(snake(k));
      const holder = m ? obj[m[1] ?? m[2] ?? ''] : undefined;
      if (holder && typeof holder === 'object' && !Array.isArray(holder) && typeof (holder as Record<string, unknown>).total === 'number' && (holder as Record<string, unknown>).total !== v) {
        add('count_fields_differ', at, `${k} is ${v} but ${m![1] ?? m![2]}.total is ${(holder as Record<string, unknown>).total}`);
      }
    }
    if ('opens' in obj || 'unique_opens' in obj || 'uniqueOpens' in obj) {
      const problem = funnelProblem(obj);
      if (problem) add('funnel_out_of_order', at, `mail figures out of order: ${problem}`);
    }
    if (typeof obj.status === 'string' && SETTLED.test(obj.status.replace(/[\s-]+/g, '_'))) {
      for (const k of keys) {
        const b = obj[k];
        if (!/^(balances?|outstanding)$/i.test(k) || !b || typeof b !== 'object' || Array.isArray(b)) continue;
        const owed = Object.entries(b as Record<string, unknown>).find(([j, w]) => /^(balance|outstanding|principal|total|amount_?due|remaining)$/i.test(j) && typeof w === 'number' && w > 0);
        if (owed) add('settled_still_owed', at, `a record marked ${obj.status} still owes ${k}.${owed[0]} ${String(owed[1])}`);
      }
    }
    // {total: 2, webcams: [3 records], regions: ["Scotland"]}: the total counts the records.
    if (typeof obj.total === 'number') {
      const records = Object.values(obj).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)));
      const others = Object.values(obj).filter((v) => Array.isArray(v)).length;
      if (records.length === 1 && others > 1 && obj.total < records[0]!.length) add('total_below_shown', at, `total is ${obj.total} but the list shows ${records[0]!.length} records`);
    }
  }, 5);
}

const NUMBERED = /^([A-Z][a-z]+) (\d{1,3})$/;

/** "Round 1, Round 11, Round 17" in a list of all stages: the numbers skipped, or undefined. */
function numberGaps(result: unknown): string | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const lists = Array.isArray(result) ? [result] : Object.values(result as Record<string, unknown>).filter(Array.isArray);
  for (const list of lists) {
    if (list.length < 2) continue;
    const names = list.map((x) => (x && typeof x === 'object' ? ((x as Record<string, unknown>).name ?? (x as Record<string, unknown>).title) : undefined));
    const m = names.map((n) => (typeof n === 'string' ? NUMBERED.exec(n) : null));
    if (m.some((x) => x === null) || new Set(m.map((x) => x![1])).size !== 1) continue;
    const ns = m.map((x) => Number(x![2]));
    if (ns.some((n, i) => i > 0 && Math.abs(n - ns[i - 1]!) !== 1)) return names.join(', ');
  }
  return undefined;
}

export function checkLists23(record: DialogueRecord, add: Add): void {
  let page: number | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      page = turn.status === 'ok' ? pageOfMore(turn.result) : undefined;
      const op = turn.status === 'ok' ? record.operations[turn.operation] : undefined;
      if (op && /\ball\b/i.test(`${op.description ?? ''} ${op.path ?? ''}`)) {
        const gaps = numberGaps(turn.result);
        if (gaps) add('numbered_list_gaps', at, `a list of all of them skips numbers: ${gaps}`);
      }
      if (turn.status === 'ok' && turn.result && typeof turn.result === 'object') checkResult(turn.result, at, add);
      return;
    }
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || page === undefined) return;
    const text = turn.text ?? '';
    if (new RegExp(`\\b(there are|I found|the service returned|the result lists) ${page} [a-z]`, 'i').test(text) && !/\b(first|at least|more|so far|page)\b/i.test(text)) {
      add('page_said_whole', at, `a page of ${page} with more to come is said as all: "${text.slice(0, 80)}"`);
    }
    page = undefined;
  });
}
