/**
 * Mock values that are true of the world (QUALITY.md E, wave 26), settled once a result is built:
 * - an authorization store's tuples are on objects of its own app, with real condition names (`_authz-tuples26.ts`);
 * - a delivery already delivered has no estimated arrival left, and a customer's order count fits the account's age,
 *   with different orders at different totals (`_orders26.ts`);
 * - a company's jobs fit its industry (`_jobs26.ts`);
 * - a real film's credits name its real cast and director (`_credits26.ts`);
 * - a work's copyright is held by its own publisher or label ("© 2022 Faber & Faber"), never a drawn company.
 */
import type { Operation } from '../specs/types.ts';
import { authzWord } from './_authz-stores22.ts';
import { fitAuthzTuples26 } from './_authz-tuples26.ts';
import { jobsFitIndustry26 } from './_jobs26.ts';
import { realCredits26 } from './_credits26.ts';
import { fitOrders26 } from './_orders26.ts';
import { settleParents29, settleTexts29 } from './_texts29.ts';

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
  if (/albums?|audiobooks?|shows?|episodes?|chapters?|tracks?|books?/i.test(`${operation.name} ${operation.path}`)) { ownCopyrights(result, kept); settleParents29(result, kept); } // items speak of their own parent (_texts29.ts)
  if (/templates?|webhooks?|messages?|posts?/i.test(`${operation.name} ${operation.path}`)) settleTexts29(result, args, kept); // one record, one topic (_texts29.ts)
  if (/orders?|deliver|shipments?|parcels?|packages?|purchases?|bookings?|tracking/i.test(`${operation.name} ${operation.path}`)) fitOrders26(result, args, before, kept);
}

/** A record's copyright lines name the record's own publisher or label, keeping each line's year and mark. */
function ownCopyrights(result: unknown, kept: (v: unknown) => boolean): void {
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 5) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    const holder = typeof obj['publisher'] === 'string' ? obj['publisher'] : typeof obj['label'] === 'string' ? obj['label'] : undefined;
    if (holder !== undefined && holder !== '' && Array.isArray(obj['copyrights'])) {
      for (const c of obj['copyrights']) {
        if (!c || typeof c !== 'object' || typeof (c as Json)['text'] !== 'string' || kept((c as Json)['text'])) continue;
        const line = c as Json;
        const year = /\b(1[89]\d\d|20\d\d)\b/.exec(line['text'] as string)?.[1];
        line['text'] = `${line['type'] === 'P' ? '\u2117' : '\u00a9'} ${year !== undefined ? `${year} ` : ''}${holder}`;
      }
    }
    for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  visit(result, 0);
}
