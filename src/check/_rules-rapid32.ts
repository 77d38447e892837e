/**
 * Values that agree with each other (QUALITY.md E), wave 32. `versions_against_dates`: the app versions of a list
 * of dated records (reviews) rise with their dates: never a review of October 2025 on v1.2.4 beside one of May 2025
 * on v3.9.4 (rapidapi seed 2026 #128). Reads only the dialogue record; cheap: a list is looked at only when its
 * first item has both a `version` and a date key.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Obj = Record<string, unknown>;

export const RAPID32_INVARIANTS = ['versions_against_dates'] as const satisfies readonly InvariantId[];

const VERSION_KEY = /^(version|appVersion|app_version|reviewCreatedVersion|review_created_version)$/;
const DATE_KEY = /^(date|at|createdAt|created_at|updatedAt|updated_at|reviewDate|review_date|submittedAt|publishedAt|postedAt)$/;
const VERSION = /^\d+(\.\d+){1,3}$/;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const compare = (a: string, b: string): number => {
  const x = a.split('.').map(Number), y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** "v3.9.4 on 2025-05-08 before v1.2.4 on 2025-10-05" for a list whose versions fall as its dates rise. */
function backwards(list: readonly unknown[]): string | undefined {
  if (list.length < 2 || !isObj(list[0])) return undefined;
  const versionKey = Object.keys(list[0]).find((k) => VERSION_KEY.test(k));
  const dateKey = versionKey === undefined ? undefined : Object.keys(list[0]).find((k) => DATE_KEY.test(k));
  if (versionKey === undefined || dateKey === undefined) return undefined;
  const dated: [number, string][] = [];
  for (const item of list) {
    if (!isObj(item) || typeof item[versionKey] !== 'string' || !VERSION.test(item[versionKey] as string) || typeof item[dateKey] !== 'string') return undefined;
    const at = Date.parse(item[dateKey] as string);
    if (Number.isNaN(at)) return undefined;
    dated.push([at, item[versionKey] as string]);
  }
  dated.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < dated.length; i++) {
    const [before, after] = [dated[i - 1]!, dated[i]!];
    if (before[0] < after[0] && compare(before[1], after[1]) > 0) return `v${before[1]} on ${new Date(before[0]).toISOString().slice(0, 10)} before v${after[1]} on ${new Date(after[0]).toISOString().slice(0, 10)}`;
  }
  return undefined;
}

function lists(value: unknown, depth: number, found: (list: readonly unknown[]) => void): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    found(value);
    for (const v of value) if (v && typeof v === 'object') lists(v, depth + 1, found);
  } else if (isObj(value)) for (const v of Object.values(value)) if (v && typeof v === 'object') lists(v, depth + 1, found);
}

export function checkRapid32(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    lists(turn.result, 0, (list) => {
      const why = backwards(list);
      if (why) add('versions_against_dates', at, `${turn.operation}: versions fall as dates rise (${why})`);
    });
  });
}
