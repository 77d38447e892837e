/** Every object inside a tool result (lists walked through), for rules that judge one record at a time. */
export function eachObject(value: unknown, visit: (obj: Record<string, unknown>) => void, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const v of value) eachObject(v, visit, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  visit(obj);
  for (const v of Object.values(obj)) if (v && typeof v === 'object') eachObject(v, visit, depth + 1);
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
