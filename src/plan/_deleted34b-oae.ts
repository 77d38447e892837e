/**
 * Things deleted (changed) since a time were deleted after it (wave 34b): `getIdsOfWorklogsDeletedSince` with `since`
 * lists deletion dates later than `since`, never a year before it; so does `getIdsOfWorklogsModifiedSince`.
 */
import type { Operation } from '../specs/types.ts';

type Json = Record<string, unknown>;

const DELETED_OP = /deleted|modified|updated|changed/i;
const SINCE_ARG = /^(since|deleted_?since|from|after|start|start_?time|since_?time)$/i;
const DELETION_KEY = /^(deleted|deleted_?at|deleted_?on|deleted_?time|date_?deleted|deletion_?date|removed_?at|updated_?at|updated_?time|modified_?at|changed_?at)$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?Z$/;

/** The `since` argument as milliseconds: epoch seconds or milliseconds, or an ISO date-time. */
function sinceMs(args: Readonly<Json>): number | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (!SINCE_ARG.test(k)) continue;
    if (typeof v === 'number' && v > 0) return v < 1e11 ? v * 1000 : v;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v))) return Date.parse(v);
  }
  return undefined;
}

/** Cheap stable number in [0, 1) from a string (FNV-1a). */
function unit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/** Deletion (change) dates before the `since` of a read of deleted (changed) things move to a few hours or days after it. */
export function deletedAfterSince34b(result: unknown, operation: Pick<Operation, 'name' | 'path'>, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (!DELETED_OP.test(`${operation.name} ${operation.path ?? ''}`)) return;
  const since = sinceMs(args);
  if (since === undefined) return;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const obj = value as Json;
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'string' && DELETION_KEY.test(k) && ISO.test(v) && !pinned.has(JSON.stringify(v)) && Date.parse(v) <= since) {
        const hours = 1 + Math.floor(unit(`${JSON.stringify(obj)}:${k}`) * 96);
        obj[k] = new Date(Math.ceil(since / 900_000) * 900_000 + hours * 3_600_000).toISOString().replace(/\.000Z$/, 'Z');
      } else if (typeof v === 'object') visit(v, depth + 1);
    }
  };
  visit(result, 0);
}
