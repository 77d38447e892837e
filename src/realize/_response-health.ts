/**
 * A health check or ping answers whether the service is up (QUALITY.md F): "is the API reachable?" is answered
 * "Yes, the API is up (status ok)", never only "It was updated on August 6, 2025".
 */
import type { RecordOperation } from '../plan/types.ts';

/** An operation that checks the service itself: health, ping, heartbeat, liveness, readiness, status of the API. */
const HEALTH_OPERATION = /(^|[^a-z])(health|healthz|healthcheck|ping|heartbeat|alive|liveness|readiness|livez|readyz)([^a-z]|$)|(^|[^a-z])(api|service|server|system)[ _-]?status([^a-z]|$)/i;
const UP = new Set(['ok', 'okay', 'up', 'healthy', 'pass', 'passed', 'alive', 'running', 'operational', 'green', 'online', 'available', 'success', 'pong', 'ready', 'true', 'good', 'normal', 'active']);
const DOWN = new Set(['down', 'unhealthy', 'fail', 'failed', 'error', 'degraded', 'maintenance', 'offline', 'red', 'unavailable', 'outage', 'false', 'critical']);
const STATUS_KEY = /^(status|state|health|result|message|ping|ok|healthy|up|alive)$/i;

/** "Yes, the API is up (status ok)." for a health check whose result says so; undefined when it is no health check. */
export function healthOutcome(result: unknown, op: RecordOperation | undefined): string | undefined {
  if (!op || !HEALTH_OPERATION.test(`${op.name} ${op.path}`)) return undefined;
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    if (!STATUS_KEY.test(key) || (typeof value !== 'string' && typeof value !== 'boolean')) continue;
    const said = String(value).trim().toLowerCase();
    if (UP.has(said)) return typeof value === 'boolean' ? 'Yes, the API is up and answering.' : `Yes, the API is up and answering (${key} ${String(value)}).`;
    if (DOWN.has(said)) return typeof value === 'boolean' ? 'The API answered, but reports that it is not healthy.' : `The API answered, but reports ${key} ${String(value)}.`;
  }
  return undefined;
}
