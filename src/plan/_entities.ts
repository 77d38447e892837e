/**
 * One entity is one entity in every call of a dialogue (QUALITY.md E): a post-pass over each finished tool
 * result. An id keeps the name it was first shown with (`companyId 127070` is "Heller-Friesen Media" in the
 * search and in every job listed for it; an article's uuid keeps its publisher); the items of one list have
 * different ids; a child listed under its parent names that parent (`fights[].event` is the event's id); a
 * country listed is all one country; a write returns the lists it was sent. Values the chain reads later
 * (pinned paths) and values the call's arguments set are never changed.
 */
import type { Operation } from '../specs/types.ts';
import { currentWorld, type World } from '../world/index.ts';
import { countryRecord } from './_finish.ts';
import { BOOKS, songTitle } from './_works.ts';

/** What the dialogue has shown of an entity, by `kind\0id`: its name and its other naming texts (by key words). */
interface Shown {
  name?: string;
  texts: Map<string, string>;
}

const shownOf = new WeakMap<World, Map<string, Shown>>();
/** The last state the dialogue showed of each entity's record, by `kind\0id`. */
const recordsOf = new WeakMap<World, Map<string, Record<string, unknown>>>();
/** The story each title told in the dialogue (a search's synopsis), so its details' alt_plot tells it again. */
const storiesOf = new WeakMap<World, Map<string, string>>();

const keyWords = new Map<string, string>();
const words = (key: string): string => {
  let out = keyWords.get(key);
  if (out === undefined) {
    out = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
    if (keyWords.size >= 50_000) keyWords.clear();
    keyWords.set(key, out);
  }
  return out;
};

/** A list key's one item ("companies" → "company"). */
function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Keys that wrap the record rather than name its kind (`{data: {...}}`). */
const WRAPPER = /^(data|payload|result|results|item|items|response|body|content|record|records|value|values|hits|entries|list|rows|docs|objects|elements|nodes|edges|node)$/;
const OWN_NAME = /^(name|title|display_name|full_name)$/;
/** Texts that name who made or holds a thing: kept with its id like its name. */
const NAMING_TEXT = /^(publisher|author|source|source_name|brand|manufacturer|artist|artist_name|creator|organizer|organiser|developer|label|company|company_name|publisher_name|author_name|venue_name)$/;

const isIdValue = (v: unknown): v is string | number => (typeof v === 'string' && v.length >= 1 && v.length <= 80) || (typeof v === 'number' && Number.isFinite(v));
/** An id long enough to name one entity across calls without a kind. */
const distinct = (v: unknown): boolean => (typeof v === 'string' && v.length >= 6) || (typeof v === 'number' && v >= 1000);

/** A long id (a uuid, 127070) names one entity alone; a short one (73) only with its kind. */
function entityKey(kind: string, id: unknown): string | undefined {
  if (distinct(id)) return `\u0000${String(id)}`;
  return kind !== '' ? `${kind}\u0000${String(id)}` : undefined;
}

interface Walk {
  shown: Map<string, Shown>;
  pinned: ReadonlySet<string>;
  argTexts: ReadonlySet<string>;
  /** Argument keys (as words): what the call set is its own. */
  argKeys: ReadonlySet<string>;
  records: Map<string, Record<string, unknown>>;
  /** Records of this result: a work's editions, listed by their work's id, are not one record read twice. */
  here: WeakSet<object>;
  /** A read shows records as they were last shown; a write changes them. */
  read: boolean;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** The record's own id key: `id`, `uuid`, `_id`, or `<kind>_id` of the list it is in. */
function ownIdKey(obj: Record<string, unknown>, kind: string, byNamedId = false, argTexts: ReadonlySet<string> = new Set()): string | undefined {
  let fallback: string | undefined;
  for (const k of Object.keys(obj)) {
    if (!isIdValue(obj[k])) continue;
    const w = words(k);
    if (w === 'id' || w === '_id') return k;
    if (w === 'uuid' || (kind !== '' && w === `${kind}_id`)) fallback ??= k;
  }
  return fallback ?? (byNamedId ? namedById(obj, argTexts) : undefined);
}

/**
 * The one `<noun>_id` of a named record listed under another noun (a book search's `{workId, title}`): the id
 * of the work it names, so the work fetched by that id is the one listed. Two such ids (a comment's post and
 * user) name no record of its own, nor does the id the call asked by (a work's editions carry their work's id).
 */
function namedById(obj: Record<string, unknown>, argTexts: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  let named = false;
  for (const k of Object.keys(obj)) {
    const w = words(k);
    if (OWN_NAME.test(w)) named = true;
    else if (w.endsWith('_id') && w.indexOf('_') === w.length - 3 && isIdValue(obj[k])) {
      if (found !== undefined) return undefined;
      found = k;
    }
  }
  // The id the call asked by is the parent's: a work's editions (`workId` sent) are no work.
  return named && found !== undefined && !argTexts.has(String(obj[found])) ? found : undefined;
}

/** The kind an id key names (`work_id` → work), else the list's. */
const idKind = (idKey: string, kind: string): string => {
  const w = words(idKey);
  return w.endsWith('_id') && w !== `${kind}_id` ? w.slice(0, -3) : kind;
};

/** A new try at the dialogue: what a discarded try showed was never shown. */
export function forgetEntities(): void {
  const world = currentWorld();
  if (!world) return;
  shownOf.delete(world);
  recordsOf.delete(world);
  storiesOf.delete(world);
}

/** Make one finished result agree with what the dialogue showed before (see the file comment). */
export function agreeEntities(result: unknown, pinned: ReadonlySet<string>, args: Record<string, unknown>, operation: Pick<Operation, 'effect' | 'name'>): void {
  const world = currentWorld();
  if (!world || !result || typeof result !== 'object') return;
  let shown = shownOf.get(world);
  if (!shown) shownOf.set(world, (shown = new Map()));
  const argTexts = new Set<string>();
  for (const v of Object.values(args)) if (typeof v === 'string' || typeof v === 'number') argTexts.add(String(v));
  let records = recordsOf.get(world);
  if (!records) recordsOf.set(world, (records = new Map()));
  const walk: Walk = { shown, pinned, argTexts, argKeys: new Set(Object.keys(args).map(words)), records, read: operation.effect === 'read', here: new WeakSet() };
  if (operation.effect !== 'read') returnsWhatWasSent(result, args, pinned);
  if (operation.effect !== 'read' && COPY.test(words(operation.name))) copyIsNew(result, args, pinned);
  // The noun the operation is about: `get_article_by_uuid` → article, `listCompanyJobs` → job.
  const opWords = words(operation.name).split('_').filter((w) => w !== '');
  const by = opWords.findIndex((w, i) => i > 0 && /^(by|for|with|from|of)$/.test(w));
  const rootKind = singular((by > 0 ? opWords.slice(0, by) : opWords).pop() ?? '');
  visit(result, '', rootKind, walk, 0, true);
}

/** `top`: the result's own record or an item of its own list (not a child nested in one, whose short id is its parent's business). */
function visit(node: unknown, path: string, kind: string, walk: Walk, depth: number, top: boolean): void {
  if (!node || typeof node !== 'object' || depth > 6) return;
  if (Array.isArray(node)) {
    uniqueIds(node, path, kind, walk.pinned);
    node.forEach((item, i) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) countryRecord(item as Record<string, unknown>, fixedKeys(item as Record<string, unknown>, `${path}[${i}]`, walk.pinned));
      visit(item, `${path}[${i}]`, kind, walk, depth + 1, top);
    });
    return;
  }
  const obj = node as Record<string, unknown>;
  const idKey = ownIdKey(obj, kind, true, walk.argTexts);
  // A short id (73) names an entity only at the top of a result; a long one (a uuid) anywhere.
  const entity = idKey !== undefined && (top || distinct(obj[idKey])) ? entityKey(idKind(idKey, kind), obj[idKey]) : undefined;
  const before = entity === undefined ? undefined : walk.records.get(entity);
  if (entity !== undefined && walk.read && !(before !== undefined && walk.here.has(before) && ownIdKey(obj, kind) === undefined)) asShownBefore(obj, path, entity, idKey!, walk);
  walk.here.add(obj);
  ownWork(obj, path, walk);
  oneStoryPerTitle(obj, path, walk);
  fightCard(obj, path, walk.pinned);
  pairedNames(obj, path, walk);
  if (entity !== undefined) ownNames(obj, path, entity, idKey!, walk);
  if (idKey !== undefined) childrenNameParent(obj, path, kind, obj[idKey], walk.pinned);
  for (const [key, child] of Object.entries(obj)) {
    if (!child || typeof child !== 'object') continue;
    const w = words(key);
    const wrapper = WRAPPER.test(w);
    // A container's lists (`{events: [...]}`) are the result's own; a record's lists (an event's fights) are its children.
    visit(child, join(path, key), wrapper ? kind : singular(w), walk, depth + 1, top && (wrapper || (idKey === undefined && Array.isArray(child))));
  }
  // Kept as it is (results are not changed after their call); copied only when read again.
  if (entity !== undefined) walk.records.set(entity, obj);
}

/**
 * A record read again is as the dialogue last showed it (event 52 holds the same fights when fetched by its id):
 * fields it shares with that showing take its values, but never one the chain reads or the call asked by.
 */
function asShownBefore(obj: Record<string, unknown>, path: string, entity: string, idKey: string, walk: Walk): void {
  const before = walk.records.get(entity);
  if (!before) return;
  const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  for (const [key, value] of Object.entries(before)) {
    if (key === idKey || !(key in obj) || walk.argKeys.has(words(key)) || kindOf(obj[key]) !== kindOf(value)) continue;
    const here = join(path, key);
    if (walk.pinned.has(here) || [...walk.pinned].some((p) => p.startsWith(`${here}.`) || p.startsWith(`${here}[`))) continue;
    obj[key] = structuredClone(value);
  }
  sameStory(obj, before, path, walk.pinned);
}

const PLOT_KEY = /^(plot|alt_plot|short_plot|plot_summary|synopsis|storyline|logline|overview|summary|description)$/;
const STORY_START = 'The story of ';

const STORY_TITLE = /^(title|name|original_title)$/;

/** A title tells one story in a dialogue: its search's synopsis and its details' alt_plot are one plot. */
function oneStoryPerTitle(obj: Record<string, unknown>, path: string, walk: Walk): void {
  const world = currentWorld();
  const titleKey = Object.keys(obj).find((k) => STORY_TITLE.test(words(k)) && typeof obj[k] === 'string');
  if (!world || titleKey === undefined) return;
  let stories = storiesOf.get(world);
  for (const [k, v] of Object.entries(obj)) {
    if (!PLOT_KEY.test(words(k)) || typeof v !== 'string' || !v.startsWith(STORY_START) || walk.pinned.has(join(path, k))) continue;
    if (!stories) storiesOf.set(world, (stories = new Map()));
    const told = stories.get(obj[titleKey] as string);
    if (told === undefined) stories.set(obj[titleKey] as string, v);
    else obj[k] = told;
  }
}

/** A title read again tells the story it told before: its `alt_plot` is the plot its search result's `synopsis` told. */
function sameStory(obj: Record<string, unknown>, before: Record<string, unknown>, path: string, pinned: ReadonlySet<string>): void {
  const told = Object.entries(before).find(([k, v]) => PLOT_KEY.test(words(k)) && typeof v === 'string' && v.startsWith(STORY_START))?.[1];
  if (told === undefined) return;
  for (const [k, v] of Object.entries(obj)) if (PLOT_KEY.test(words(k)) && typeof v === 'string' && v.startsWith(STORY_START) && !pinned.has(join(path, k))) obj[k] = told;
}

let authorOf: Map<string, string> | undefined;
const WORK_TITLE = /^(title|name|book_title|work_title)$/;
const AUTHOR = /^(author|author_name|authors|author_names|writer|by)$/;

/** A real book listed under another author (Frankenstein among García Márquez's works) is not that book: it is retitled. */
function ownWork(obj: Record<string, unknown>, path: string, walk: Walk): void {
  authorOf ??= new Map(BOOKS.map((b) => [b.title, b.author]));
  const titleKey = Object.keys(obj).find((k) => WORK_TITLE.test(words(k)) && typeof obj[k] === 'string' && authorOf!.has(obj[k] as string));
  if (titleKey === undefined || walk.pinned.has(join(path, titleKey)) || walk.argTexts.has(obj[titleKey] as string)) return;
  const names: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (!AUTHOR.test(words(k))) continue;
    for (const a of Array.isArray(v) ? v : [v]) {
      const name = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : undefined;
      if (typeof name === 'string') names.push(name);
    }
  }
  if (names.length > 0 && !names.includes(authorOf.get(obj[titleKey] as string)!)) obj[titleKey] = `The ${songTitle()}`;
}

const BOUTS = /^(fights|bouts|matches|matchups|duels|fixtures|card|fight_card)$/;
const PAIRING = /^(?:.*?:\s*)?(\S.*?)\s+vs\.?\s+(\S.*)$/;

/**
 * A fight card names its fights: each bout is a pairing ("Moreau vs. Aziz", never "Paris Food Fair"), and an event
 * named by its main event ("Fight Night Helsinki: Ivanova vs. Jensen") holds that bout.
 */
function fightCard(obj: Record<string, unknown>, path: string, pinned: ReadonlySet<string>): void {
  const listKey = Object.keys(obj).find((k) => BOUTS.test(words(k)) && Array.isArray(obj[k]));
  if (listKey === undefined) return;
  const bouts = (obj[listKey] as unknown[]).filter((b): b is Record<string, unknown> => !!b && typeof b === 'object' && !Array.isArray(b));
  const titleOf = (b: Record<string, unknown>): string | undefined => Object.keys(b).find((k) => /^(title|name)$/.test(words(k)) && typeof b[k] === 'string');
  const people = currentWorld()?.people ?? [];
  bouts.forEach((b, i) => {
    const key = titleOf(b);
    if (key === undefined || PAIRING.test(b[key] as string) || pinned.has(`${join(path, listKey)}[${i}].${key}`) || people.length < 2) return;
    b[key] = `${people[(2 * i) % people.length]!.lastName} vs. ${people[(2 * i + 1) % people.length]!.lastName}`;
  });
  const ownKey = titleOf(obj);
  const main = ownKey !== undefined ? PAIRING.exec(obj[ownKey] as string) : null;
  if (!main || bouts.length === 0) return;
  const pairing = `${main[1]} vs. ${main[2]}`;
  // The main bout may be written either way round ("Aziz vs. Byrne").
  const sides = [main[1], main[2]].sort().join('\u0000');
  if (bouts.some((b) => { const k = titleOf(b); const m = k !== undefined ? PAIRING.exec(b[k] as string) : null; return m !== null && [m[1], m[2]].sort().join('\u0000') === sides; })) return;
  const firstKey = titleOf(bouts[0]!);
  if (firstKey !== undefined && !pinned.has(`${join(path, listKey)}[0].${firstKey}`)) bouts[0]![firstKey] = pairing;
}

function fixedKeys(obj: Record<string, unknown>, path: string, pinned: ReadonlySet<string>): string[] {
  return Object.keys(obj).filter((k) => pinned.has(join(path, k)));
}

/** `companyId` beside `companyName`: the name the dialogue first showed for that company's id. */
function pairedNames(obj: Record<string, unknown>, path: string, walk: Walk): void {
  for (const key of Object.keys(obj)) {
    const m = /^(.+)_id$/.exec(words(key));
    const id = obj[key];
    if (!m || !isIdValue(id)) continue;
    const nameKey = Object.keys(obj).find((k) => (words(k) === `${m[1]}_name` || words(k) === `${m[1]}_title`) && typeof obj[k] === 'string');
    const entity = entityKey(m[1]!, id);
    if (nameKey === undefined || entity === undefined) continue;
    settle(walk, entity, obj, nameKey, join(path, nameKey), 'name');
    // One name, one id: a second company called "Bahringer Media" is the first one (its id, not another).
    const byName = `\u0001${m[1]}\u0000${obj[nameKey] as string}`;
    const first = walk.shown.get(byName);
    if (!first) walk.shown.set(byName, { name: JSON.stringify(id), texts: new Map() });
    else if (first.name !== JSON.stringify(id) && !walk.pinned.has(join(path, key)) && !walk.argTexts.has(String(id))) {
      const before = JSON.parse(first.name!) as unknown;
      if (typeof before === typeof id) obj[key] = before;
    }
  }
}

/** The record's own name and naming texts: those the dialogue showed for its id before. */
function ownNames(obj: Record<string, unknown>, path: string, entity: string, idKey: string, walk: Walk): void {
  for (const key of Object.keys(obj)) {
    if (typeof obj[key] !== 'string' || key === idKey) continue;
    const w = words(key);
    if (OWN_NAME.test(w)) settle(walk, entity, obj, key, join(path, key), 'name');
    else if (NAMING_TEXT.test(w)) settle(walk, entity, obj, key, join(path, key), w);
  }
}

/** The first value shown for this entity's `field` wins, unless the chain reads this one or the call set it. */
function settle(walk: Walk, entity: string, obj: Record<string, unknown>, key: string, path: string, field: string): void {
  const value = obj[key] as string;
  let seen = walk.shown.get(entity);
  if (!seen) walk.shown.set(entity, (seen = { texts: new Map() }));
  const before = field === 'name' ? seen.name : seen.texts.get(field);
  const set = (v: string): void => {
    if (field === 'name') seen.name = v;
    else seen.texts.set(field, v);
  };
  if (before === undefined || walk.pinned.has(path) || walk.argTexts.has(value)) set(value);
  else if (before !== value) obj[key] = before;
}

/** Items of one list are different entities: a repeated own id is moved to the next free one. */
function uniqueIds(items: unknown[], path: string, kind: string, pinned: ReadonlySet<string>): void {
  if (items.length < 2) return;
  const seen = new Set<string>();
  const all = new Set<string>();
  const keyOf: (string | undefined)[] = items.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? ownIdKey(item as Record<string, unknown>, kind) : undefined));
  items.forEach((item, i) => {
    const k = keyOf[i];
    if (k !== undefined) all.add(JSON.stringify((item as Record<string, unknown>)[k]));
  });
  // Pinned ids are kept first, so a repeat of one moves the other item.
  const order = items.map((_, i) => i).sort((a, b) => Number(pinned.has(`${path}[${b}].${keyOf[b]}`)) - Number(pinned.has(`${path}[${a}].${keyOf[a]}`)));
  for (const i of order) {
    const k = keyOf[i];
    if (k === undefined) continue;
    const obj = items[i] as Record<string, unknown>;
    let value = obj[k] as string | number;
    if (seen.has(JSON.stringify(value)) && !pinned.has(`${path}[${i}].${k}`)) {
      for (let n = 0; n < 50 && all.has(JSON.stringify(value)); n++) value = nextId(value, n);
      obj[k] = value;
      all.add(JSON.stringify(value));
    }
    seen.add(JSON.stringify(value));
  }
}

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Another id of the same form: a number one up, a string with its last letter or digit moved on. */
function nextId(value: string | number, n: number): string | number {
  if (typeof value === 'number') return Number.isInteger(value) ? value + 1 : value + 1;
  const at = Math.max(0, value.length - 1 - Math.floor(n / 9));
  for (let i = at; i >= 0; i--) {
    const c = value[i]!;
    const set = DIGITS.includes(c) ? DIGITS : LOWER.includes(c) ? LOWER : UPPER.includes(c) ? UPPER : undefined;
    if (set) return `${value.slice(0, i)}${set[(set.indexOf(c) + 1 + (n % 9)) % set.length]}${value.slice(i + 1)}`;
  }
  return `${value}${n + 2}`;
}

/** Children listed under a parent name it: `fights[].event` (or `eventId`) is the event's own id. */
function childrenNameParent(obj: Record<string, unknown>, path: string, kind: string, id: unknown, pinned: ReadonlySet<string>): void {
  if (kind === '' || !isIdValue(id)) return;
  for (const [key, list] of Object.entries(obj)) {
    if (!Array.isArray(list)) continue;
    list.forEach((child, i) => {
      if (!child || typeof child !== 'object' || Array.isArray(child)) return;
      const c = child as Record<string, unknown>;
      for (const k of Object.keys(c)) {
        const w = words(k);
        if ((w === kind || w === `${kind}_id`) && typeof c[k] === typeof id && c[k] !== id && !pinned.has(`${join(path, key)}[${i}].${k}`)) c[k] = id;
      }
    });
  }
}

const COPY = /(^|_)(copy|copies|clone|duplicate|fork)(_|$)/;

/** A copy is a new record: its link is its own (the source's URL with the copy's id), not the source's it was made from. */
function copyIsNew(result: unknown, args: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const obj = result as Record<string, unknown>;
  const id = Object.entries(obj).find(([k, v]) => /^(id|_id|uuid)$/.test(words(k)) && (typeof v === 'string' || typeof v === 'number'))?.[1];
  if (id === undefined) return;
  const sent = new Set(Object.values(args).filter((v): v is string => typeof v === 'string'));
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'string' || !sent.has(value) || pinned.has(key) || !/(^|_)(url|uri|href|link)$/.test(words(key)) || !/^https?:\/\//.test(value)) continue;
    obj[key] = copyLink(value, String(id));
  }
}

/**
 * The copy's link: where the source's link ends in the source's id (`…/geomarks/gm-abc0islands`, an id-like last
 * segment with a digit or the copy id's prefix), the copy's id takes its place; never nested under the source's.
 */
function copyLink(source: string, id: string): string {
  const trimmed = source.replace(/\/+$/, '');
  const cut = trimmed.lastIndexOf('/');
  const last = trimmed.slice(cut + 1);
  const prefix = /^[A-Za-z]{1,4}[-_]/.exec(id)?.[0];
  const idLike = cut > trimmed.indexOf('//') + 1 && /^[A-Za-z0-9_-]{6,}$/.test(last) && (/\d/.test(last) || (prefix !== undefined && last.startsWith(prefix)));
  return idLike ? `${trimmed.slice(0, cut)}/${id}` : `${trimmed}/${id}`;
}

/**
 * A write returns what it was sent: a list argument (two photo URLs) is the list in the record written, and a
 * removal of several ids reports them all, not one of them.
 */
function returnsWhatWasSent(result: unknown, args: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const obj = result as Record<string, unknown>;
  for (const [key, sent] of Object.entries(args)) {
    if (!Array.isArray(sent) || !sent.every((v) => v === null || typeof v !== 'object')) continue;
    const got = obj[key];
    if (Array.isArray(got) && got.every((v) => v === null || typeof v !== 'object') && !pinned.has(key) && ![...pinned].some((p) => p.startsWith(`${key}[`))) obj[key] = [...sent];
  }
  const idsArg = Object.entries(args).find(([k]) => /^(ids|[a-z]+_ids)$/.test(words(k)))?.[1];
  const ids = Array.isArray(idsArg) ? idsArg : typeof idsArg === 'string' ? idsArg.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
  if (ids.length >= 2 && 'id' in obj && !('ids' in obj) && ids.includes(obj.id as string) && !pinned.has('id')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k === 'id' ? 'ids' : k] = k === 'id' ? [...ids] : v;
    for (const k of Object.keys(obj)) delete obj[k];
    Object.assign(obj, out);
  }
}
