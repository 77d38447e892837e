/**
 * A code whose meaning the spec's description gives ("Choose 1 for PGA Tour or 2 for LIV Tour", "1 = Active, 2 =
 * Closed"): a person names the thing ("the organization is LIV Tour"), never the opaque code ("the organization ID
 * is 2", QUALITY.md H); the call still sends the code.
 */

// "1 for PGA Tour", "2 = LIV Tour", "3: Closed": a short code and the name it stands for.
const MAPPING = /\b([0-9]{1,3}|[A-Z]{1,3})\s*(?:for|=|:|means)\s+(?:the\s+)?([A-Z][\w&'.-]*(?: [A-Z0-9][\w&'.-]*){0,3})/g;

const cache = new Map<string, Map<string, string> | null>();

/** The codes a description names, when it names two or more. */
function namedCodes(description: string): Map<string, string> | undefined {
  let out = cache.get(description);
  if (out === undefined) {
    const found = new Map<string, string>();
    for (const m of description.matchAll(MAPPING)) found.set(m[1] as string, (m[2] as string).replace(/[.]+$/, ''));
    out = found.size >= 2 && new Set(found.values()).size === found.size ? found : null;
    if (cache.size < 2000) cache.set(description, out);
  }
  return out ?? undefined;
}

/** "the organization is LIV Tour" for {orgId: "2"} described "1 for PGA Tour or 2 for LIV Tour"; else undefined. */
export function describedCode31(noun: string, value: unknown, description: string | undefined): string | undefined {
  if (!description || (typeof value !== 'string' && typeof value !== 'number') || !/\d|[A-Z]/.test(description)) return undefined;
  const name = namedCodes(description)?.get(String(value).trim());
  if (!name) return undefined;
  const thing = noun.replace(/\s+(?:id|ids|code|number|no|key|type)$/i, '');
  return `the ${thing} is ${name}`;
}
