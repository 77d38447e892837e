/**
 * The record a user picks to create something in is an open one (QUALITY.md I): a task is never created in a
 * project the list showed as closed, an item never added to an archived board.
 */

import type { ResultField } from './_result.ts';
import { flatSchema } from './_params.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

/** Statuses of a record that is over: nothing new goes into it. */
const OVER = /^(closed|archived|inactive|cancell?ed|deleted|expired|disabled|deactivated|terminated|locked|retired|deprecated)$/i;
const STATUS_KEY = /^(status|state|project_?status|projectStatus|lifecycle_?state)$/;

export function holderOf(result: unknown, path: string): Record<string, unknown> | undefined {
  const steps = path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
  let at: unknown = result;
  for (let k = 0; k < steps.length - 1; k++) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[steps[k] as string];
  }
  return at !== null && typeof at === 'object' && !Array.isArray(at) ? (at as Record<string, unknown>) : undefined;
}

/** The list holding the picked record (`items[1].projectId` → `items`), to read its siblings' statuses. */
function listOf(result: unknown, path: string): unknown[] | undefined {
  const steps = path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
  let last = -1;
  for (let k = 0; k < steps.length; k++) if (/^\d+$/.test(steps[k]!)) last = k;
  let at: unknown = result;
  for (let k = 0; k < last; k++) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[steps[k] as string];
  }
  return Array.isArray(at) ? at : undefined;
}

/**
 * Makes the picked record of a list a create then writes into an open one; changes `result` in place. The
 * picked item trades every field but the pinned ones with an open sibling (so its deadline, totals and name
 * stay its own: an open project with a past deadline would be another defect). Cheap: only picks, only status fields.
 */
export function openPick32(result: unknown, pinnedPaths: readonly string[], effect: string, outputs: readonly ResultField[] = []): void {
  // Only a create: an update or an action may be meant for a closed record (reopen, restore).
  if (effect !== 'create') return;
  for (const path of pinnedPaths) {
    if (!/\[\d+\]/.test(path)) continue;
    const holder = holderOf(result, path);
    if (!holder) continue;
    const key = Object.keys(holder).find((k) => STATUS_KEY.test(k) && typeof holder[k] === 'string' && OVER.test((holder[k] as string).trim()));
    if (key === undefined) continue;
    const list = listOf(result, path) ?? [];
    const open = list.find((item): item is Record<string, unknown> => item !== holder && item !== null && typeof item === 'object' && !Array.isArray(item) && typeof (item as Record<string, unknown>)[key] === 'string' && !OVER.test(((item as Record<string, unknown>)[key] as string).trim()));
    if (!open) {
      openByEnum(holder, key, outputs);
      continue;
    }
    // The pinned fields of this item (`items[1].projectId` → projectId) stay where the chain reads them.
    const prefix = path.slice(0, path.lastIndexOf(']') + 1);
    const pinned = new Set(pinnedPaths.filter((p) => p.startsWith(`${prefix}.`)).map((p) => p.slice(prefix.length + 1).split(/[.[]/)[0]!));
    for (const k of new Set([...Object.keys(holder), ...Object.keys(open)])) {
      if (pinned.has(k)) continue;
      const mine = holder[k], theirs = open[k];
      if (theirs === undefined) delete holder[k]; else holder[k] = theirs;
      if (mine === undefined) delete open[k]; else open[k] = mine;
    }
  }
}

/** A deadline or due date (`deadlineUtc`, `due_date`): an open record's lies after the reference date. */
const DEADLINE = /(^|_)(deadline|due)(_|$)/;
const snake = snakeKey;

/**
 * Every record listed is over: the picked one takes an open status its schema lists, and a deadline already past
 * moves to the same day a year after the reference date (an open project is due later).
 */
function openByEnum(holder: Record<string, unknown>, key: string, outputs: readonly ResultField[]): void {
  const listed = outputs.find((f) => f.path.split(/\.|\[\]/).filter((s) => s !== '').pop() === key)?.schema;
  const choices = ((listed ? flatSchema(listed).enum : undefined) as unknown[] | undefined ?? []).filter((v): v is string => typeof v === 'string' && !OVER.test(v.trim()) && !/^(draft|new|unknown|none)$/i.test(v.trim()));
  const open = choices[0];
  if (open === undefined) return;
  holder[key] = open;
  const next = String(Number(REFERENCE_DATE.slice(0, 4)) + 1);
  for (const [k, v] of Object.entries(holder)) {
    if (DEADLINE.test(snake(k)) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && v.slice(0, 10) < REFERENCE_DATE) holder[k] = `${next}${v.slice(4).replace(/^-02-29/, '-02-28')}`;
  }
}
