/**
 * A venue holds what its kind holds (QUALITY.md E): an arena thousands, a stadium tens of thousands, a club a few
 * hundred, so the tickets on sale for one event never outnumber the seats ("capacity 172", 806 tickets left).
 */
const KIND_RANGE: readonly [RegExp, number, number][] = [
  [/\b(stadium|field|bowl|park)\b/i, 20_000, 60_000],
  [/\b(arena|dome|amphitheat(re|er)|forum)\b/i, 8_000, 20_000],
  [/\b(hall|theat(re|er)|opera|auditorium|cent(er|re)|pavilion|palladium|coliseum)\b/i, 1_000, 3_000],
  [/\b(club|bar|lounge|room|cellar|pub|tavern)\b/i, 200, 900],
];
const CAPACITY = /^(capacity|max_?capacity|seating_?capacity|seats)$/i;
const NAME = /^(name|venue_?name|title)$/i;

/** A venue's capacity moved into its kind's range (the drawn number picks the place in it); pinned keys stay. */
export function venueCapacity(record: Record<string, unknown>, keys: readonly string[]): void {
  const capacityKey = keys.find((k) => CAPACITY.test(k) && typeof record[k] === 'number');
  if (!capacityKey) return;
  const nameKey = Object.keys(record).find((k) => NAME.test(k) && typeof record[k] === 'string');
  const name = nameKey ? (record[nameKey] as string) : '';
  const range = KIND_RANGE.find(([kind]) => kind.test(name));
  if (!range) return;
  const [, min, max] = range;
  const drawn = record[capacityKey] as number;
  if (drawn >= min && drawn <= max) return;
  record[capacityKey] = min + Math.round((Math.abs(drawn * 7919) % (max - min)) / 10) * 10;
}
