/**
 * Codes whose meaning a spec's description gives ("Choose 1 for PGA Tour or 2 for LIV Tour", "1 = Active, 2 =
 * Closed"): the user names the thing, the call sends the code. Shared by the realizer (which says the name) and
 * the checker (which takes the name as stating the code).
 */

// "1 for PGA Tour", "2 = LIV Tour", "3: Closed": a short code and the name it stands for.
const MAPPING = /\b([0-9]{1,3}|[A-Z]{1,3})\s*(?:for|=|:|means)\s+(?:the\s+)?([A-Z][\w&'.-]*(?: [A-Z0-9][\w&'.-]*){0,3})/g;

const cache = new Map<string, Map<string, string> | null>();

/** The codes a description names, when it names two or more, each to its own name. */
export function describedCodes31(description: string): Map<string, string> | undefined {
  if (!/\d|[A-Z]/.test(description)) return undefined;
  let out = cache.get(description);
  if (out === undefined) {
    const found = new Map<string, string>();
    for (const m of description.matchAll(MAPPING)) found.set(m[1] as string, (m[2] as string).replace(/[.]+$/, ''));
    out = found.size >= 2 && new Set(found.values()).size === found.size ? found : null;
    if (cache.size < 2000) cache.set(description, out);
  }
  return out ?? undefined;
}

/** The name the description gives the code `value` ("LIV Tour" for 2), if any. */
export function describedCodeName31(description: unknown, value: unknown): string | undefined {
  if (typeof description !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  return describedCodes31(description)?.get(String(value).trim());
}
