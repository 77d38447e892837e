/**
 * A code whose meaning the spec's description gives ("Choose 1 for PGA Tour or 2 for LIV Tour"): a person names
 * the thing ("the organization is LIV Tour"), never the opaque code ("the organization ID is 2", QUALITY.md H);
 * the call still sends the code.
 */
import { describedCodeName31 } from '../text/described-codes31.ts';

/** "the organization is LIV Tour" for {orgId: "2"} described "1 for PGA Tour or 2 for LIV Tour"; else undefined. */
export function describedCode31(noun: string, value: unknown, description: string | undefined): string | undefined {
  const name = describedCodeName31(description, value);
  if (!name) return undefined;
  const thing = noun.replace(/\s+(?:id|ids|code|number|no|key|type)$/i, '');
  return `the ${thing} is ${name}`;
}
