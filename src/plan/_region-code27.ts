/**
 * A region parameter documented as a code (webcams.travel's `region`: "ISO 3166-1-alpha-2 codes for the country and
 * a region code separated by a dot", FR.11) gets a code, never the region's name ("Île-de-France"): a call with the
 * name teaches that names work where codes are asked for (QUALITY.md J).
 */
import type { Meaning } from '../world/semantic.ts';

/** A parameter description that asks for a region's code. */
const CODED = /\bregion codes?\b|\bcodes? (?:of|for) (?:the |a )?region\b|\b3166-2\b/;

/** `meaning` made `region_code` where a parameter named a region is documented as a code. */
export function codedRegion27(meaning: Meaning | undefined, description: string, inResult: boolean): Meaning | undefined {
  return meaning === 'region' && !inResult && CODED.test(description.toLowerCase()) ? 'region_code' : meaning;
}

/** "FR.IDF" where the description joins the country and the region code by a dot; the code as it is otherwise. */
export function dottedRegion27(code: string, country: string, description: string): string | undefined {
  return /\bseparated by (?:a )?dot\b|\bdot[- ]separated\b/i.test(description) && !code.includes('.') ? `${country}.${code}` : undefined;
}
