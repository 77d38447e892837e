/**
 * Ranges read in order: a result's or a call's reversed bounds (`from` > `to`, `start_date` > `end_date`,
 * `min_price` > `max_price`) are swapped.
 */

const RANGE_BOUNDS: Array<[string, string]> = [['from', 'to'], ['start', 'end'], ['min', 'max'], ['begin', 'end'], ['since', 'until'], ['lower', 'upper']];

/** A key that may be a range bound (a cheap test before the pairwise look). */
const RANGE_HINT = /from|to|start|end|min|max|begin|since|until|lower|upper/i;

/** Ranges in a result read in order (`from` ≤ `to`, `start_date` ≤ `end_date`): reversed bounds are swapped, in place. */
export function orderRanges(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) {
    for (const item of value) orderRanges(item, depth + 1);
    return value;
  }
  const obj = value as Record<string, unknown>;
  if (!Object.keys(obj).some((k) => RANGE_HINT.test(k))) {
    for (const child of Object.values(obj)) orderRanges(child, depth + 1);
    return value;
  }
  const byLower = new Map(Object.keys(obj).map((k) => [k.toLowerCase().replace(/-/g, '_'), k]));
  for (const [lower, key] of byLower) {
    for (const [start, end] of RANGE_BOUNDS) {
      const other = lower === start ? end : lower.startsWith(`${start}_`) ? `${end}_${lower.slice(start.length + 1)}` : lower.endsWith(`_${start}`) ? `${lower.slice(0, -start.length - 1)}_${end}` : lower.startsWith(start) && lower.length > start.length + 2 ? `${end}${lower.slice(start.length)}` : undefined;
      const endKey = other === undefined ? undefined : byLower.get(other);
      if (endKey === undefined) continue;
      const a = rangeNumber(obj[key]);
      const b = rangeNumber(obj[endKey]);
      if (a !== undefined && b !== undefined && a > b) [obj[key], obj[endKey]] = [obj[endKey], obj[key]];
    }
  }
  for (const child of Object.values(obj)) orderRanges(child, depth + 1);
  return value;
}

/** Call arguments in order too (`startDate` ≤ `endDate`, `min_price` ≤ `max_price`): reversed pairs swapped in place. */
export function orderRangeValues(values: Map<string, unknown>): void {
  const obj = Object.fromEntries(values);
  orderRanges(obj);
  for (const [key, value] of Object.entries(obj)) values.set(key, value);
}

function rangeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
}
