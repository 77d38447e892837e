/**
 * Why a lookup is made, in the assistant's words: a source called for what a later call needs is made to find
 * that value ("to look up the place ID"), never for what the operation does in general ("to find the coordinates of
 * an address", when coordinates were never wanted).
 */
import type { DialoguePlan } from '../plan/types.ts';
import { joinList } from './words.ts';
import { refPhrase } from './_mention.ts';

/** "look up the place ID" for a source of the chain; undefined for the target or an operation feeding nothing. */
export function lookupReason(plan: Pick<DialoguePlan, 'operations' | 'slots' | 'chain'>, operation: string | undefined): string | undefined {
  if (operation === undefined || plan.chain[plan.chain.length - 1] === operation) return undefined;
  const found = plan.slots.filter((s) => s.source === 'chained' && s.from?.operation === operation);
  if (found.length === 0) return undefined;
  const nouns = [...new Set(found.map((s) => refPhrase(plan, { operation: s.operation, param: s.param })))];
  return `look up ${joinList(nouns.slice(0, 2))}`;
}
