import type { RecordOperation } from '../plan/types.ts';
import { operationEffect } from '../specs/index.ts';

const effects = new WeakMap<RecordOperation, string>();
/** What the operation does, by the loader's effect rule (kept per operation object): read, create, update, delete or another action. */
export function effectOf(op: RecordOperation | undefined): string {
  if (!op) return 'read';
  let effect = effects.get(op);
  if (effect === undefined) effects.set(op, (effect = operationEffect({ method: op.method, path: op.path, name: op.name, description: op.description }).effect));
  return effect;
}
