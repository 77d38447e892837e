/**
 * Mock values that are true of the world (QUALITY.md E, wave 26), settled once a result is built:
 * - an authorization store's tuples are on objects of its own app, with real condition names (`_authz-tuples26.ts`);
 * - a delivery already delivered has no estimated arrival left, and a customer's order count fits the account's age,
 *   with different orders at different totals (`_orders26.ts`);
 * - a company's jobs fit its industry (`_jobs26.ts`);
 * - a real film's credits name its real cast and director (`_credits26.ts`).
 */
import type { Operation } from '../specs/types.ts';
import { authzWord } from './_authz-stores22.ts';
import { fitAuthzTuples26 } from './_authz-tuples26.ts';
import { jobsFitIndustry26 } from './_jobs26.ts';
import { realCredits26 } from './_credits26.ts';
import { fitOrders26 } from './_orders26.ts';

type Json = Record<string, unknown>;
/** Operations about job postings (by their name or path). */
const JOBS = /jobs?|postings?|vacanc|positions|careers/i;

/** Settle the values above in a built result; `earlier`: the dialogue's earlier results; `pinned`: values the chain reads (JSON). */
export function settleValues26(result: unknown, args: Readonly<Json>, operation: Operation, earlier: Iterable<unknown>, pinned: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  const before = [...earlier];
  if (authzWord(operation) !== '') fitAuthzTuples26(result, args, before, pinned);
  const sent = Object.values(args).filter((v): v is string => typeof v === 'string');
  const kept = (v: unknown): boolean => pinned.has(JSON.stringify(v)) || (typeof v === 'string' && sent.includes(v));
  if (JOBS.test(`${operation.name} ${operation.path}`)) jobsFitIndustry26(result, before, kept, sent);
  if (/credits|cast/i.test(`${operation.name} ${operation.path}`)) realCredits26(result, args, before, kept);
  if (/orders?|deliver|shipments?|parcels?|packages?|purchases?|bookings?|tracking/i.test(`${operation.name} ${operation.path}`)) fitOrders26(result, args, before, kept);
}
