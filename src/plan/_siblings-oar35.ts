/**
 * Records listed under one parent share what the parent decides (QUALITY.md E), wave 35: an album's tracks are
 * sold in the album's markets (never one track in Indonesia, the next in Peru, the third in Korea), the lines of
 * one invoice or the tasks of one project carry its currency and its project. A list under a parent (a path with
 * the parent's id before the children, `/albums/{id}/tracks`) gives every item the first item's value of each
 * such field. Values an earlier result showed (pinned) stay.
 */
import type { Operation } from '../specs/types.ts';
import { listsOf } from './_order22.ts';

/** Fields a child takes from its parent. */
const SHARED = /^(available_?markets|availableMarkets|markets|currency|currency_?code|currencyCode|project_?id|projectId|project_?key|projectKey)$/;
/** `/albums/{id}/tracks`, `/projects/{projectId}/tasks`: children of one record. */
const CHILD_LIST = /\/\{[^}]+\}\/[a-z][a-z_-]*s\/?$/i;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);


/** Every item of a child list takes the first item's value of each field its parent decides. */
export function shareParentFields35(result: unknown, operation: Pick<Operation, 'path'>, kept: ReadonlySet<string>): void {
  if (!CHILD_LIST.test(operation.path)) return;
  for (const list of listsOf(result)) {
    const items = list.filter(isRecord);
    if (items.length < 2) continue;
    for (const key of Object.keys(items[0]!)) {
      if (!SHARED.test(key)) continue;
      const first = items[0]![key];
      if (first === undefined || first === null) continue;
      if (items.some((item) => item[key] !== undefined && kept.has(JSON.stringify(item[key])))) continue;
      const text = JSON.stringify(first);
      for (const item of items.slice(1)) if (key in item && JSON.stringify(item[key]) !== text) item[key] = JSON.parse(text) as unknown;
    }
  }
}
