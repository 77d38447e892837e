/**
 * Numbered things listed together are listed in their order (QUALITY.md E): a category's stages are "Round 2,
 * Round 15, Round 24", never "Round 9, Round 19, Round 11". Only names the generator drew ("Round N", "Stage N",
 * "Week N"…) that nothing else in the record numbers; kept values (`keep`, as JSON) never move.
 */
const NUMBERED = /^(Round|Stage|Leg|Matchday|Week|Race|Heat|Chapter|Episode|Part|Lesson|Day) (\d{1,3})$/;
const NAME_KEY = /^(name|title|label|stage_?name|round_?name)$/;

export function numberedInOrder(list: unknown[], keep: ReadonlySet<string>): void {
  if (list.length < 2 || !list.every((x) => x && typeof x === 'object' && !Array.isArray(x))) return;
  const items = list as Record<string, unknown>[];
  const key = Object.keys(items[0]!).find((k) => NAME_KEY.test(k) && typeof items[0]![k] === 'string');
  if (key === undefined) return;
  let word: string | undefined;
  const numbers: number[] = [];
  for (const item of items) {
    const m = typeof item[key] === 'string' ? NUMBERED.exec(item[key] as string) : null;
    if (!m || (word !== undefined && m[1] !== word) || (keep.size > 0 && keep.has(JSON.stringify(item[key])))) return;
    word = m[1]!;
    const n = Number(m[2]);
    // A record that numbers itself elsewhere (`round: 9`) keeps its name with it.
    if (Object.values(item).includes(n)) return;
    numbers.push(n);
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  if (sorted.every((n, i) => n === numbers[i])) return;
  items.forEach((item, i) => {
    item[key] = `${word!} ${sorted[i]!}`;
  });
}
