/**
 * Markets an operation's own description restricts (QUALITY.md E): where it says audiobooks are only available in
 * the US, UK, Canada, Ireland, New Zealand and Australia, a chapter's `available_markets` are among those, never "BR".
 */
import type { Operation } from '../specs/types.ts';
import { documentedMarkets } from '../world/index.ts';

const MARKETS_KEY = /^(available_?markets|markets|market|available_?countries|countries_?available)$/i;
const CODE = /^[A-Z]{2}$/;

/** Rewrites market codes outside the documented list; values the chain pinned stay. */
export function marketsOfDescription(result: unknown, operation: Operation, pinned: ReadonlySet<string>): void {
  const allowed = documentedMarkets(`${operation.summary ?? ''}. ${operation.description ?? ''}`);
  if (allowed === null) return;
  visit(result, allowed, pinned, 0);
}

function visit(value: unknown, allowed: readonly string[], pinned: ReadonlySet<string>, depth: number): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, allowed, pinned, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(obj)) {
    if (MARKETS_KEY.test(key) && !pinned.has(JSON.stringify(child))) {
      if (typeof child === 'string' && CODE.test(child) && !allowed.includes(child)) obj[key] = allowed[0]!;
      else if (Array.isArray(child) && child.length > 0 && child.every((c) => typeof c === 'string' && CODE.test(c)) && child.some((c) => !allowed.includes(c as string))) {
        // As many of the allowed markets as were drawn, in the documented order.
        obj[key] = allowed.slice(0, Math.min(allowed.length, child.length));
      }
    } else if (child && typeof child === 'object') visit(child, allowed, pinned, depth + 1);
  }
}
