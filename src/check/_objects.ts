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
