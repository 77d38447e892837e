/**
 * A region code said by its name: a person says "Île-de-France" where the call sends "FR.IDF" or "FR-IDF" (a
 * country's ISO code and its ISO 3166-2 region code), and that says the value.
 */
import { createRequire } from 'node:module';

type States = { getStateByCodeAndCountry(code: string, country: string): { name: string } | undefined };
let states: States | undefined;
const said = new Map<string, string | undefined>();

/** `normalize` is the matcher's own (passed in: this file sits below match.ts). */
export function namedRegionCode(normalizedText: string, leaf: unknown, normalize: (text: string) => string): boolean {
  // Cheap test first: only "CC.RR" / "CC-RR" shapes are looked up.
  const m = typeof leaf === 'string' ? /^([A-Z]{2})[.-]([A-Z0-9]{1,3})$/.exec(leaf) : null;
  if (!m) return false;
  let name = said.get(leaf as string);
  if (!said.has(leaf as string)) {
    states ??= (createRequire(import.meta.url)('country-state-city') as { State: States }).State;
    const found = states.getStateByCodeAndCountry(m[2]!, m[1]!)?.name;
    said.set(leaf as string, (name = found ? normalize(found) : undefined));
  }
  return name !== undefined && normalizedText.includes(name);
}
