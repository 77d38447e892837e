/**
 * A key by its kind (QUALITY.md E), never a random token: an issue key is a project's letters and a number
 * ("OPS-142"), a project key its letters ("OPS"), a property key dotted words ("app.settings.theme"), a type's
 * key a word ("business"), any other key a slug ("spring-launch"). An API key or secret stays a token (undefined).
 */
import type { Rng } from '../random/index.ts';

/** A key that is a credential, by its name's words or by its description. */
const SECRET = /\b(api|secret|access|auth\w*|licen[cs]e|token|password|credential|encryption|signing|private|public|ssh|gpg|pgp)\b/;
const SECRET_SAID = /\b(api[ -]?key|secret|token|password|credential|licen[cs]e key|encryption|signing key|private key|public key)\b/;
const PROJECT_KEYS = ['OPS', 'WEB', 'APP', 'DATA', 'MKT', 'HR', 'FIN', 'SUP'];
const TYPE_WORDS = ['business', 'software', 'standard', 'internal', 'general', 'service'];
/** A subject's, genre's or topic's key names one (Open Library's "science_fiction"), never a project's slug. */
const SUBJECT_KEYS = ['science_fiction', 'romance', 'fantasy', 'history', 'mystery', 'poetry', 'biography', 'horror', 'historical_fiction', 'philosophy'];
const SLUG_FIRST = ['spring', 'annual', 'weekly', 'main', 'team', 'customer', 'product', 'summer'];
const SLUG_SECOND = ['launch', 'report', 'update', 'review', 'digest', 'notes', 'roadmap', 'budget'];
const PROPERTY_AREA = ['app', 'ui', 'user', 'team', 'workflow', 'sync'];
const PROPERTY_GROUP = ['settings', 'display', 'notifications', 'preferences', 'limits'];
const PROPERTY_NAME = ['theme', 'enabled', 'language', 'layout', 'max_items', 'timeout'];

export type KeyKind = 'issue' | 'project' | 'type' | 'property' | 'subject' | 'slug';

/**
 * What kind of key an identifier named `…key` is (`words`: its name as lower-case words, its parent's first;
 * `about`: its description and the operation's words, lower case); undefined when it is no key, a secret one, or a bare `key`
 * nothing describes.
 */
export function keyKind(words: string, about: string): KeyKind | undefined {
  // `projectKeyOrId` takes a key as readily as `projectIdOrKey`.
  words = words.replace(/_key_or_id$/, '_id_or_key');
  // `projectKeys` holds project keys ("MKT"), wave 28: a list's name is its items' kind.
  words = words.replace(/_keys$/, '_key');
  if (!/(^|_)key$/.test(words) || SECRET.test(words.replace(/_/g, ' ')) || SECRET_SAID.test(about)) return undefined;
  if (/(^|_)(issue|ticket|task|story|bug)(_id_or)?_key$/.test(words) || /(^|_)(issue|ticket)_/.test(words)) return 'issue';
  // A board's or a space's key is a project-like key of capitals (Confluence's "DOCS"), never a slug (wave 28).
  if (/(^|_)(project|board|space)(_id_or)?_key$/.test(words)) return 'project';
  if (/(^|_)(type|kind|category|class)_key$/.test(words)) return 'type';
  if (/(^|_)(subject|genre|topic)_key$/.test(words)) return 'subject';
  if (/propert(y|ies)|setting|config/.test(words) || /\bpropert(y|ies)\b|\bsettings?\b|\bconfig/.test(about)) return 'property';
  // A bare `key` with nothing said of it is as often an API key as a record's: left to the caller.
  return words === 'key' ? undefined : 'slug';
}

export interface Draw {
  pick<T>(items: readonly T[]): T;
  int(lo: number, hi: number): number;
}

export function keyOfKind(kind: KeyKind, draw: Draw): string {
  switch (kind) {
    case 'issue':
      return `${draw.pick(PROJECT_KEYS)}-${draw.int(1, 999)}`;
    case 'project':
      return draw.pick(PROJECT_KEYS);
    case 'type':
      return draw.pick(TYPE_WORDS);
    case 'subject':
      return draw.pick(SUBJECT_KEYS);
    case 'property':
      return `${draw.pick(PROPERTY_AREA)}.${draw.pick(PROPERTY_GROUP)}.${draw.pick(PROPERTY_NAME)}`;
    case 'slug':
      return `${draw.pick(SLUG_FIRST)}-${draw.pick(SLUG_SECOND)}`;
  }
}

/** A key by its kind (see keyKind); undefined when it is no key or a secret one. */
export function keyValue(words: string, about: string, draw: Draw): string | undefined {
  const kind = keyKind(words, about);
  return kind === undefined ? undefined : keyOfKind(kind, draw);
}
