/**
 * The loader's effect rule (read, create, update, delete, action) applied to the record's own description of an
 * operation, kept per record operation; an operation the record does not describe counts as a read.
 */
import type { RecordOperation } from '../plan/types.ts';
import { operationEffect } from '../specs/index.ts';

const effects = new WeakMap<RecordOperation, string>();

export function effectOf(op: RecordOperation | undefined, id: string): string {
  if (!op) return 'read';
  let effect = effects.get(op);
  if (effect === undefined) {
    effect = operationEffect({ method: op.method, path: op.path, name: op.name || id.split('.').pop() || id, description: op.description }).effect;
    effects.set(op, effect);
  }
  return effect;
}
