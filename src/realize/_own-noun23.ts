/**
 * A field named just for the record the operation reads (QUALITY.md A), wave 23: {well: 342} of GET /wells/{…} is
 * the well's number in the service, a key like an id, so it is left out of the reply, never "the well is 342".
 */
import type { RecordOperation } from '../plan/types.ts';
import { singular } from './words.ts';

/** Whether `name` (the spoken field name) is the operation's record noun holding a bare number. */
export function ownNounNumber(name: string, value: unknown, op: RecordOperation | undefined): boolean {
  if (!op || !/^[a-z]+$/.test(name) || !(typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)))) return false;
  return op.path.toLowerCase().split('/').some((part) => /^[a-z]+$/.test(part) && singular(part) === name && part !== name);
}
