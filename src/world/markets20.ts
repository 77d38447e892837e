/**
 * The countries an operation's description restricts its content to ("Audiobooks are only available within the
 * US, UK, Canada, Ireland, New Zealand and Australia markets"): a chapter's markets are among them.
 */
import { countryFacts } from './countries.ts';

const RESTRICTED = /\bonly\s+(?:be\s+)?(?:available|offered|sold|supported)\s+(?:with)?in\s+(?:the\s+)?([A-Z][\w .,'-]*?(?:,?\s+and\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*))(?:\s+markets?)?(?=[.;:)]|\s*$|\s+(?:markets?|countries|regions)\b)/;
const ALIAS: Readonly<Record<string, string>> = { UK: 'GB', 'U.K.': 'GB', USA: 'US', 'U.S.': 'US', 'United States': 'US', 'United Kingdom': 'GB', 'Great Britain': 'GB', Britain: 'GB' };
const memo = new Map<string, readonly string[] | null>();

/** The ISO codes of the countries `description` restricts the operation to, or null where it names no such list. */
export function documentedMarkets(description: string | undefined): readonly string[] | null {
  if (!description) return null;
  const cached = memo.get(description);
  if (cached !== undefined) return cached;
  const m = RESTRICTED.exec(description.replace(/\s+/g, ' '));
  let out: string[] | null = null;
  if (m) {
    const names = m[1]!.split(/\s*,\s*|\s+and\s+/).map((n) => n.replace(/^the\s+/i, '').replace(/\s+markets?$/i, '').replace(/\.$/, '').trim()).filter((n) => n !== '');
    const codes = names.map((n) => ALIAS[n] ?? (/^[A-Z]{2}$/.test(n) ? n : countryFacts(n)?.code));
    if (codes.length >= 1 && codes.every((c) => c !== undefined && countryFacts(c) !== undefined)) out = [...new Set(codes as string[])];
  }
  if (memo.size < 5_000) memo.set(description, out);
  return out;
}
