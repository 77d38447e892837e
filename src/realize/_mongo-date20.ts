/** A MongoDB `$date` holds epoch milliseconds ({"$numberLong": "1704326400000"}): it is said as the day it is. */
export function mongoDay(inner: unknown): string | undefined {
  const raw = inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>).$numberLong : inner;
  const ms = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d{9,}$/.test(raw) ? Number(raw) : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
}
