/**
 * A reverse-domain app id agrees with its app's developer (QUALITY.md E), wave 22: "com.corkeryandsons.reader"
 * listed as an app by "Toy, Rutherford and Hyatt" teaches ids that mean nothing. A drawn package id names its
 * developer in one word ("com.corkery.reader"), so that a record whose id is fixed (chained, pinned) takes its
 * developer's name from the id: "Corkery Labs".
 */
import { faker } from './_faker.ts';

const APP_WORDS = ['notes', 'tracker', 'weather', 'budget', 'reader', 'fitness', 'scanner', 'translate', 'maps', 'music'] as const;
const SUFFIXES = ['Apps', 'Labs', 'Studio', 'Software', 'Mobile'] as const;
const SEGMENT = /^[a-z]{3,16}$/;

/** A fresh package id whose developer segment is one word: "com.corkery.reader". */
export function drawnPackage(): string {
  const developer = faker.person.lastName().toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '').slice(0, 16) || 'studio';
  return `com.${developer}.${faker.helpers.arrayElement(APP_WORDS)}`;
}

/** The developer a package id names ("com.corkery.reader" → "Corkery Labs"), a suffix fixed by the name; undefined for other ids. */
export function developerOfPackage(id: string): string | undefined {
  const parts = id.split('.');
  // "com.dd.doordash": a developer segment too short to be a name gives way to the app's.
  const segment = parts.length >= 3 && /^(com|org|net|io|co|app)$/.test(parts[0]!) ? parts.slice(1).find((p) => SEGMENT.test(p)) : undefined;
  if (segment === undefined) return undefined;
  let h = 0;
  for (const c of segment) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `${segment.charAt(0).toUpperCase()}${segment.slice(1)} ${SUFFIXES[h % SUFFIXES.length]}`;
}
