/**
 * What a removal reply names (QUALITY.md F, issue 10), wave 32: "Done: I deleted project component 16775.", the
 * record the path named by its id, never "the project component" alone, which leaves the user guessing which one.
 */
import type { RecordOperation } from '../plan/types.ts';

/** A plain thing ("the project component", "the existing webhook") a path id can name. */
const PLAIN_THING = /^the (?:(?:existing|given|specified|selected|current) )?([a-z]+(?: [a-z]+){0,2})$/;

/** `the thing` named by the id of the path's last segment (`/component/{id}` with id 16775), else `the thing` as it was. */
export function namedByPathId32(thing: string, operation: RecordOperation, args: Record<string, unknown>): string {
  const match = PLAIN_THING.exec(thing);
  const param = /\{([^}]+)\}\/?$/.exec(operation.path)?.[1];
  if (!match || param === undefined) return thing;
  const value = args[param];
  // A uuid or a 34-character sid is no name a person reads out; a short key or number is.
  if (!((typeof value === 'string' && /^[\w.:@-]{1,24}$/.test(value)) || (typeof value === 'number' && Number.isFinite(value)))) return thing;
  return `${match[1]} ${String(value)}`;
}

/**
 * A short list the user set (`labels: ["Priority", "Review"]`) said as its items, "Priority and Review", so the reply
 * after an update names it like any other value changed (QUALITY.md J); undefined for long lists, links or lists of objects.
 */
export function spokenList32(value: readonly unknown[], say: (v: string) => string): string | undefined {
  if (value.length === 0 || value.length > 3 || !value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 40 && !v.includes('://'))) return undefined;
  const items = (value as string[]).map(say);
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A record, not a search: it carries its own name or title beside its creation time ({name, created_at, ips: []}). */
export function namedRecord32(result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return false;
  const own = result as Record<string, unknown>;
  const named = ['name', 'title'].some((k) => typeof own[k] === 'string' && (own[k] as string).trim() !== '');
  return named && ['created_at', 'createdAt', 'created', 'date_created'].some((k) => typeof own[k] === 'string');
}
