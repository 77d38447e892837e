/**
 * An official writes from the organisation's domain (QUALITY.md E): a BC minister's `emailHtml` is
 * "marco.bauer@gov.bc.ca", never "marco.bauer@gmail.com". A record is an official's when a post, role or title field
 * names an office (minister, mayor, councillor…); its free-mail address moves to the API's own organisation domain.
 */
import { siteBase } from './_own-urls20.ts';

const OFFICE = /\b(minister|premier|mayor|councillor|council member|senator|governor|secretary of state|deputy minister|commissioner|ambassador|member of parliament|mla|mp|president|chancellor|attorney general)\b/i;
const POST_WORDS = /^(post|role|position|office|job_?title|title|designation)$/;
const FREE_MAIL = /@(gmail|googlemail|hotmail|outlook|yahoo|icloud|aol|proton(?:mail)?|gmx|live|msn|mail|fastmail)\.[a-z.]{2,}$/i;

/** "https://news.api.gov.bc.ca" → "gov.bc.ca"; "https://api.example.org" → "example.org". */
export function organisationDomain(base: string | undefined): string | undefined {
  const host = base === undefined ? undefined : /^https?:\/\/([^/:]+)/.exec(base)?.[1]?.toLowerCase();
  if (host === undefined || /(^|\.)example\.(com|org|net)$/.test(host)) return undefined;
  const labels = host.split('.');
  const gov = labels.findIndex((l) => l === 'gov' || l === 'gouv' || l === 'govt');
  if (gov >= 0) return labels.slice(gov).join('.');
  // "api.service.co.uk": a two-letter second-level label belongs to the country's suffix.
  const keep = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Move an official's free-mail address to the organisation's domain (see the file comment). */
export function officialEmail(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  const office = keys.some((k) => POST_WORDS.test(words(k)) && typeof record[k] === 'string' && OFFICE.test(record[k] as string));
  if (!office) return;
  const domain = organisationDomain(siteBase());
  if (domain === undefined) return;
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && /mail/i.test(key) && FREE_MAIL.test(value)) record[key] = value.replace(/@.+$/, `@${domain}`);
  }
}
