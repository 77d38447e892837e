/**
 * Answers of pure functions of an operation definition, kept per definition object: a dialogue asks them many
 * times, and the catalog's operation objects are shared by every dialogue and never changed after loading.
 */
import type { RecordOperation } from '../plan/types.ts';

export function perOperation<T>(fn: (op: RecordOperation) => T): (op: RecordOperation) => T {
  const byOperation = new WeakMap<RecordOperation, T>();
  return (op) => {
    if (byOperation.has(op)) return byOperation.get(op) as T;
    const value = fn(op);
    byOperation.set(op, value);
    return value;
  };
}
