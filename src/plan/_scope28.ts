/**
 * A write's result says back the account it acted in, and only that (QUALITY.md E): a rejection deleted with no
 * `subaccount` sent is the main account's, so its result carries no `subaccount: "226654"` for the reply to report;
 * one deleted for subaccount "cust-12" says "cust-12". Only the result's root record (and one `data`/`result`
 * wrapper), only fields named exactly like a scope input of the call (subaccount, account, project, store…), and
 * never a value a later call reads (pinned).
 */
import type { Param } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Inputs naming the account, project or store a call acts within (a bare name: `project_id` may be a default's id). */
const SCOPE = /^(sub_?account|account|project|store|shop|workspace|team|organization|organisation|org|tenant|site)$/;
const WRAPPER = /^(data|result|record|item)$/i;

/** Scope fields of the root record echo the call's scope input: its value when sent, absent when not. */
export function echoScope28(result: unknown, args: Readonly<Json>, inputs: readonly Param[], effect: string, pinnedPaths: readonly string[]): void {
  if (effect === 'read' || !isRecord(result)) return;
  const scopes = inputs.filter((i) => i.in !== 'path' && SCOPE.test(lastNameWord(i.name)));
  if (scopes.length === 0) return;
  const pinned = new Set(pinnedPaths);
  const settle = (record: Json, path: string): void => {
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (value !== null && typeof value === 'object') continue;
      const input = scopes.find((i) => lastNameWord(i.name) === lastNameWord(key));
      if (input === undefined || pinned.has(path === '' ? key : `${path}.${key}`)) continue;
      const sent = args[input.name];
      if (sent === undefined || sent === null || sent === '') delete record[key];
      else if ((typeof sent === 'string' || typeof sent === 'number') && typeof sent === typeof value) record[key] = sent;
    }
  };
  settle(result, '');
  for (const [key, child] of Object.entries(result)) if (WRAPPER.test(key) && isRecord(child)) settle(child, key);
}
