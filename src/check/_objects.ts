/**
 * Every object of a value, in the order `eachObject` visits them (pre-order, lists walked through), with its depth
 * (a list and each object count one level). The rules of one record walk the same tool results again and again:
 * while `withObjectIndex` runs, each value's list is made once and shared.
 */
interface ObjectList {
  objects: Array<Record<string, unknown>>;
  depths: number[];
}

let objectIndex: WeakMap<object, ObjectList> | undefined;

/** Runs `fn` with one shared object list per walked value; the lists go when it returns (records are not changed by rules). */
export function withObjectIndex<T>(fn: () => T): T {
  const outer = objectIndex;
  objectIndex = new WeakMap();
  try {
    return fn();
  } finally {
    objectIndex = outer;
  }
}

function collect(value: unknown, into: ObjectList, depth: number): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  into.objects.push(obj);
  into.depths.push(depth);
  for (const v of Object.values(obj)) if (v && typeof v === 'object') collect(v, into, depth + 1);
}

/** The objects of `value` (see ObjectList), shared while `withObjectIndex` runs. */
function objectList(value: object): ObjectList {
  let list = objectIndex?.get(value);
  if (!list) {
    list = { objects: [], depths: [] };
    collect(value, list, 0);
    objectIndex?.set(value, list);
  }
  return list;
}

/** Every object inside a tool result (lists walked through, at most `maxDepth` levels down), for rules that judge one record at a time. */
export function eachObject(value: unknown, visit: (obj: Record<string, unknown>) => void, maxDepth = 8): void {
  if (!value || typeof value !== 'object') return;
  const { objects, depths } = objectList(value);
  for (let i = 0; i < objects.length; i++) if ((depths[i] as number) <= maxDepth) visit(objects[i] as Record<string, unknown>);
}

/** Values at a field path (`items[].id`) of a result, one per list item. */
export function valuesAt(result: unknown, path: string): unknown[] {
  let current: unknown[] = [result];
  for (const raw of path.split('.')) {
    if (raw === '') continue;
    const list = raw.endsWith('[]');
    const name = list ? raw.slice(0, -2) : raw;
    const next: unknown[] = [];
    for (const value of current) {
      const inner = name === '' ? value : value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
      if (list) {
        if (Array.isArray(inner)) next.push(...inner);
      } else if (inner !== undefined) next.push(inner);
    }
    current = next;
  }
  return current;
}
