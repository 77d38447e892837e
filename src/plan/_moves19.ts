/**
 * The items of a numbered list are numbered in sequence (QUALITY.md E): a book's chapters from offset 0 are
 * chapters 1, 2, 3 (never 1, 15, 16), an album's tracks 1, 2, 3 within its total; a page from offset 20 starts
 * at 21. Only lists whose items all carry a `<part>_number` of a part one whole is split into (chapter, track,
 * episode…), and only when they are parts of one whole (no `album`/`show` that differs between items, as in
 * search hits). A name that says the number ("Chapter 15") follows it. Kept values (`keep`, as JSON) never move.
 */
const PART_NUMBER = /^(chapter|track|episode|part|lesson|lecture|section|step|round|stage|leg|heat|verse|scene|slide|question)_?(number|no|num|nr|index|position)$/i;
const PARENT = /^(album|show|audiobook|book|season|series|course|playlist|podcast|release)$/i;
const OFFSET = /^(offset|skip|start_?index)$/i;
const NAME = /^(name|title|label)$/i;

export function numberedFromOffset(holder: Record<string, unknown>, list: unknown[], isKept: (v: unknown) => boolean): void {
  if (list.length < 2 || !list.every((x) => x && typeof x === 'object' && !Array.isArray(x))) return;
  const items = list as Record<string, unknown>[];
  const key = Object.keys(items[0]!).find((k) => PART_NUMBER.test(k));
  if (key === undefined) return;
  if (!items.every((item) => Number.isInteger(item[key]))) return;
  const parent = Object.keys(items[0]!).find((k) => PARENT.test(k) && items[0]![k] && typeof items[0]![k] === 'object');
  if (parent !== undefined) {
    const first = JSON.stringify(items[0]![parent]);
    if (items.some((item) => JSON.stringify(item[parent]) !== first)) return;
  }
  const offsetKey = Object.keys(holder).find((k) => OFFSET.test(k) && Number.isInteger(holder[k]));
  const start = (offsetKey !== undefined ? Math.max(0, holder[offsetKey] as number) : 0) + 1;
  if (items.every((item, i) => item[key] === start + i)) return;
  if (items.some((item, i) => item[key] !== start + i && isKept(item[key]))) return;
  const noun = /^[a-z]+/i.exec(key)![0].toLowerCase();
  items.forEach((item, i) => {
    const old = item[key] as number;
    item[key] = start + i;
    for (const k of Object.keys(item)) {
      const name = item[k];
      if (!NAME.test(k) || typeof name !== 'string' || isKept(name)) continue;
      const m = /^([A-Za-z]+) (\d+)$/.exec(name);
      if (m && m[1]!.toLowerCase() === noun && Number(m[2]) === old) item[k] = `${m[1]} ${start + i}`;
    }
  });
}
