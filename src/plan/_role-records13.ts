/**
 * The noun an operation names decides the kind of record it returns (QUALITY.md E): `GET /ministries/{key}/minister`
 * (GetMinister) answers with a minister, a person holding an office, so its name-like field is a person's name,
 * its post the office ("Minister of Finance", from the ministry the chain took the key from) and its summary a
 * sentence about them, never a news headline and a post id. Values the call sent (`keep`) never change. No
 * randomness: the person is chosen by a hash of the value replaced.
 */
import { PEOPLE_NAMES } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { emailOfName } from './_agree-people16.ts';
import { officialEmail } from './_official-email24.ts';

/** Offices a person holds, as operations and paths name them. */
const OFFICE = /(^|[^a-z])(minister|mayor|president|governor|premier|senator|ambassador|commissioner|chancellor|secretary_?general|ceo|chairman|chairperson)s?$/i;
const PERSON_NAME = /^(headline|name|title|full_?name|display_?name|person|person_?name|holder)$/i;
const POST = /^(post|position|role|office|job_?title|portfolio|office_?held)$/i;
const ABOUT = /^(summary|details|description|bio|biography|about|profile)$/i;

const FIRST = new Set(PEOPLE_NAMES.first);
const wordsOf = snakeKey;
const hash = (text: string): number => {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
};

/** The office an operation's last noun names ("Minister" of `/api/Ministries/{key}/Minister`), if any. */
export function officeOf(operation: { name?: string; path?: string }): string | undefined {
  const segment = (operation.path ?? '').split('/').filter((s) => s !== '' && !s.startsWith('{')).pop() ?? '';
  const name = (operation.name ?? '').replace(/^.*[_.]/, '').replace(/^(get|fetch|find|read|show|retrieve)/i, '');
  for (const candidate of [segment, name]) {
    const m = OFFICE.exec(candidate.replace(/-/g, '_'));
    if (m) return m[2]!.replace(/_/g, ' ').toLowerCase();
  }
  return undefined;
}

/** A record of an office holder: a person's name, the office, a sentence about them. */
export function fitOfficeHolder(result: unknown, operation: { name?: string; path?: string }, known: Record<string, unknown>, keep: ReadonlySet<string>): void {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const office = officeOf(operation);
  if (office === undefined) return;
  const record = result as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => typeof record[k] === 'string' && !keep.has(JSON.stringify(record[k])));
  const nameKey = keys.find((k) => PERSON_NAME.test(wordsOf(k)));
  if (nameKey === undefined) return;
  // A record already named like a person keeps its name (a chain may read it).
  if (FIRST.has((record[nameKey] as string).replace(/^(Hon\.|Dr\.|Mr\.|Ms\.|Mrs\.) /, '').split(' ')[0]!)) return;
  const seed = hash(record[nameKey] as string);
  // The holder the chain's record already named (a ministry's `ministerName`) is the same person (one entity, one name).
  const named = Object.entries(known).find(([k, v]) => typeof v === 'string' && wordsOf(k).replace(/_/g, ' ') === `${office} name` && FIRST.has(v.split(' ')[0]!))?.[1] as string | undefined;
  const person = named ?? `${PEOPLE_NAMES.first[seed % PEOPLE_NAMES.first.length]} ${PEOPLE_NAMES.last[(seed >>> 8) % PEOPLE_NAMES.last.length]}`;
  // The body the chain came from ("Ministry of Finance") names the office: "Minister of Finance".
  const body = Object.values(known).find((v): v is string => typeof v === 'string' && /^(ministry|department|office|city|state|republic|council) of /i.test(v));
  const title = office.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const post = body !== undefined && office === 'minister' ? body.replace(/^ministry/i, 'Minister') : title;
  record[nameKey] = person;
  for (const key of keys) {
    const w = wordsOf(key);
    if (key === nameKey) continue;
    if (POST.test(w)) record[key] = post;
    else if (ABOUT.test(w)) record[key] = /^(summary|about)$/.test(w) ? `${person} is the ${post}.` : `${person} serves as ${post} and leads its work in government and in the legislature.`;
  }
  // The person's email is theirs too.
  emailOfName(record, keys, wordsOf);
  officialEmail(record, keys, wordsOf);
}
