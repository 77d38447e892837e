/**
 * Numbered parts of one whole agree with each other (QUALITY.md E): the chapters of an audiobook, the episodes of
 * a show, the tracks of an album. Drawn one by one, they came out as three chapters of exactly 28 minutes 6 seconds
 * (a spec example drawn three times), chapter 1 released after chapter 3, chapter 10 listed before chapter 9, and
 * each chapter of one book in other languages. Here, in one list:
 * - the parts run in their numbering (the numbers move between the items, which keep their places; a name
 *   "Chapter 9" follows its number);
 * - their durations differ and lie in a plausible range for the kind (a chapter is not 4 minutes long);
 * - their release dates follow the numbering (a book's chapters share the one date the book came out);
 * - the whole is in one language.
 * Values the chain reads (pinned keys) never move.
 */

/** The part's own number, and what kind of part it is. */
const NUMBER_KEY = /^(chapter|episode|track|part|season|volume|lesson)_?(number|no|num)$/i;
const DISC_KEY = /^disc_?(number|no|num)$/i;
const DURATION_KEY = /^(duration|length|runtime)(_?(ms|millis|milliseconds|s|sec|secs|seconds))?$/i;
const RELEASE_KEY = /^(release_?date|air_?date|aired_?at|publish(ed)?_?(date|at)|released_?(at|on)?)$/i;
const LANGUAGE_KEY = /^languages?$/i;
const NAMED = /^(Chapter|Episode|Track|Part|Season|Volume|Lesson) (\d{1,3})$/;
const NAME_KEY = /^(name|title)$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Plausible lengths of one part, in seconds: a chapter of a book, an episode of a show, a song. */
const SPAN: Record<string, readonly [number, number]> = {
  chapter: [9 * 60, 48 * 60],
  episode: [22 * 60, 68 * 60],
  track: [100, 480],
  part: [9 * 60, 48 * 60],
  lesson: [6 * 60, 28 * 60],
};
/** Parts that came out together, as one whole: a book's chapters share its release date. */
const ONE_RELEASE = new Set(['chapter', 'part', 'volume']);
/** Parts of one work in one language (tracks and seasons carry none worth settling). */
const ONE_LANGUAGE = new Set(['chapter', 'episode', 'part', 'lesson']);

type Item = Record<string, unknown>;
const isRecord = (x: unknown): x is Item => !!x && typeof x === 'object' && !Array.isArray(x);

/** The parts of one whole in `items` agree on order, length, release date and language. */
export function numberedParts32(items: unknown[], pinnedKeys: ReadonlySet<string>): void {
  if (items.length < 2 || !isRecord(items[0])) return;
  const head = items[0];
  const numberKey = Object.keys(head).find((k) => NUMBER_KEY.test(k) && Number.isInteger(head[k]));
  if (numberKey === undefined || !items.every((it) => isRecord(it) && Number.isInteger(it[numberKey]))) return typedLengths(items, pinnedKeys);
  const records = items as Item[];
  const kind = NUMBER_KEY.exec(numberKey)![1]!.toLowerCase();
  const keyOf = (test: RegExp): string | undefined => Object.keys(head).find((k) => test.test(k) && !pinnedKeys.has(k));
  const duration = keyOf(DURATION_KEY);
  if (duration !== undefined && SPAN[kind]) plausibleLengths(records, duration, SPAN[kind]!, numberKey);
  // Chapters of several books (a get of several chapters by id) are no one whole: only their lengths are settled.
  if (!oneWhole(records)) return;
  if (!pinnedKeys.has(numberKey)) inNumberOrder(records, numberKey);
  const release = keyOf(RELEASE_KEY);
  if (release !== undefined) releasesInOrder(records, release, ONE_RELEASE.has(kind));
  const language = keyOf(LANGUAGE_KEY);
  if (language !== undefined && ONE_LANGUAGE.has(kind)) oneLanguage(records, language);
}

/** The parent a part names (its audiobook, album, show), by id or name. */
const PARENT_KEY = /^(audiobook|album|show|series|book|season|podcast|course|playlist|work)(_?(id|name|title|uri))?$/i;

/** Whether the items name one parent (or none): parts of one whole. */
function oneWhole(records: readonly Item[]): boolean {
  const identity = (v: unknown): unknown => (isRecord(v) ? v.id ?? v.uri ?? v.name ?? v.title : v);
  for (const key of Object.keys(records[0]!)) {
    if (!PARENT_KEY.test(key)) continue;
    const first = JSON.stringify(identity(records[0]![key]));
    if (!records.every((r) => JSON.stringify(identity(r[key])) === first)) return false;
  }
  return true;
}

/** Numbers (and the names that say them) ascend with the items' places; a disc number ascends with them. */
function inNumberOrder(records: Item[], numberKey: string): void {
  const disc = Object.keys(records[0]!).find((k) => DISC_KEY.test(k) && records.every((r) => Number.isInteger(r[k])));
  const order = (r: Item): number => (disc === undefined ? 0 : (r[disc] as number) * 10_000) + (r[numberKey] as number);
  const numbers = records.map((r) => r[numberKey] as number);
  if (records.every((r, i) => i === 0 || order(records[i - 1]!) <= order(r))) return;
  const sorted = [...numbers].sort((a, b) => a - b);
  const discs = disc === undefined ? [] : records.map((r) => r[disc] as number).sort((a, b) => a - b);
  const nameKey = Object.keys(records[0]!).find((k) => NAME_KEY.test(k));
  records.forEach((r, i) => {
    const before = r[numberKey] as number;
    r[numberKey] = sorted[i]!;
    if (disc !== undefined) r[disc] = discs[i]!;
    const m = nameKey !== undefined && typeof r[nameKey] === 'string' ? NAMED.exec(r[nameKey] as string) : null;
    if (m && Number(m[2]) === before) r[nameKey!] = `${m[1]} ${sorted[i]}`;
  });
}

/** Episodes or tracks listed without their numbers (several episodes got by id) still differ in length. */
function typedLengths(items: unknown[], pinnedKeys: ReadonlySet<string>): void {
  const head = items[0] as Item;
  const kind = typeof head.type === 'string' ? head.type.toLowerCase() : '';
  if ((kind !== 'episode' && kind !== 'track') || !items.every((it) => isRecord(it) && it.type === head.type)) return;
  const duration = Object.keys(head).find((k) => DURATION_KEY.test(k) && !pinnedKeys.has(k));
  if (duration !== undefined) plausibleLengths(items as Item[], duration, SPAN[kind]!, '');
}

/** Each part's length differs from its siblings' and fits the kind; an odd one is drawn again from its own digits. */
function plausibleLengths(records: Item[], key: string, span: readonly [number, number], numberKey: string): void {
  const values = records.map((r) => r[key]);
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0)) return;
  const unit = /ms|milli/i.test(key) || (values as number[]).some((v) => v > 20_000) ? 1000 : 1;
  const [lo, hi] = [span[0] * unit, span[1] * unit];
  const seen = new Set<number>();
  records.forEach((r, i) => {
    let v = r[key] as number;
    for (let attempt = 0; v < lo || v > hi || seen.has(v); attempt++) {
      // From the item's own value and number, so the same record always gets the same length.
      const own = [...String(r.id ?? r.name ?? '')].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
      const seed = Math.abs(Math.round((r[key] as number) * 31 + Number(r[numberKey] ?? 0) * 7919 + i * 104_729 + attempt * 15_485_863 + own));
      v = lo + (seed % (hi - lo));
      if (unit === 1000) v = Math.round(v);
    }
    seen.add(v);
    r[key] = v;
  });
}

/** Release dates run with the numbering; the parts of a book all came out on its one date (the earliest drawn). */
function releasesInOrder(records: Item[], key: string, oneDate: boolean): void {
  const dates = records.map((r) => r[key]);
  if (!dates.every((d) => typeof d === 'string' && ISO_DAY.test(d)) || new Set(dates.map((d) => (d as string).length)).size !== 1) return;
  const sorted = [...(dates as string[])].sort();
  records.forEach((r, i) => {
    r[key] = oneDate ? sorted[0]! : sorted[i]!;
  });
}

/** The whole is in one language: English where the parts carry language codes (their titles are English), else the first part's. */
function oneLanguage(records: Item[], key: string): void {
  const code = (v: unknown): boolean => typeof v === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(v);
  const coded = records.every((r) => code(r[key]) || (Array.isArray(r[key]) && (r[key] as unknown[]).every(code)));
  const first = coded ? (Array.isArray(records[0]![key]) ? ['en'] : 'en') : records[0]![key];
  const one = Array.isArray(first) ? (first.length > 0 && typeof first[0] === 'string' ? [first[0]] : undefined) : typeof first === 'string' ? first : undefined;
  if (one === undefined) return;
  for (const r of records) if (Array.isArray(one) ? Array.isArray(r[key]) : typeof r[key] === 'string') r[key] = Array.isArray(one) ? [...one] : one;
}
