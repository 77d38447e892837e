/**
 * A person's email is made from the same record's name (QUALITY.md E): the minister "Marco Sato" writes from
 * marco.sato@hotmail.com, not travis.vonrueden52@hotmail.com. Pairs are the email and the name of one party: `email`
 * with `name`/`full_name`/`headline`, `from_email` with `from_name`, `contact_email` with `contact_name`. A name that is
 * not a person's (a firm, a team, a template) and an email that already names the person are left alone.
 */

/** Names of what is not a person: firms, groups, documents. */
const NOT_A_PERSON = /\b(group|labs?|holdings|inc|llc|llp|ltd|plc|corp|co|company|gmbh|ag|ab|as|asa|sa|sas|sarl|srl|spa|bv|nv|oy|pty|kk|digital|tech|technologies|software|consulting|logistics|ventures|capital|industries|enterprises|global|international|networks?|design|creative|works|foods|health|template|team|partners|studios?|media|systems|solutions|services|bank|club|fund|foundation|ministry|department|office|agency|store|shop|mix|list|playlist|support|sales|news)\b/i;
/** A person's name as records write it: two or three capitalised words. */
const PERSON_NAME = /^[A-Z][A-Za-zÀ-ÿ'’-]+(?: [A-Z][A-Za-zÀ-ÿ'’-]+){1,2}$/;
const EMAIL = /^([^@\s]+)@([^@\s]+\.[a-z]{2,})$/i;
const SOLE_NAME_KEYS = ['name', 'full_name', 'display_name', 'headline', 'contact_name', 'person_name'];

/** A name folded to plain lower-case letters ("García" → "garcia"). */
const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** The email of a person named `name`, kept at its own domain. */
function emailOf(name: string, domain: string): string {
  const parts = name.split(' ').map(fold).filter((p) => p.length > 0);
  return `${parts[0]}.${parts[parts.length - 1]}@${domain}`;
}

/** The name key paired with an email key (same party), among the record's keys as words. */
function pairedName(emailWords: string, byWords: ReadonlyMap<string, string>): string | undefined {
  const m = /^(.*?)_?e_?mail(?:_address|_html)?$/.exec(emailWords);
  if (!m) return undefined;
  const party = m[1] ?? '';
  const keys = party === '' ? SOLE_NAME_KEYS : [`${party}_name`, `${party}_full_name`];
  for (const k of keys) if (byWords.has(k)) return byWords.get(k);
  return undefined;
}

/** Rewrite the emails of a record that name another person than the record's own (see the file comment). */
export function emailOfName(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  let byWords: Map<string, string> | undefined;
  for (const key of keys) {
    const value = record[key];
    if (typeof value !== 'string' || !value.includes('@') || !/mail/.test(key.toLowerCase())) continue;
    const email = EMAIL.exec(value);
    if (!email) continue;
    byWords ??= new Map(Object.keys(record).map((k) => [words(k), k]));
    const nameKey = pairedName(words(key), byWords);
    const name = nameKey === undefined ? undefined : record[nameKey];
    if (typeof name !== 'string' || !PERSON_NAME.test(name) || NOT_A_PERSON.test(name)) continue;
    const local = fold(email[1]!);
    if (name.split(' ').some((w) => fold(w).length >= 2 && local.includes(fold(w)))) continue;
    record[key] = emailOf(name, email[2]!);
  }
}
