/**
 * A list of opening hours is said as the days the place is open ("it is open Monday 11:30–23:30, Tuesday
 * 10:30–17:00 and Saturday 08:00–16:00"), never counted as if each entry were an hour ("there are 3 opening hours").
 */
const DAY_HOURS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d/;

/** The clause for a list whose items are all a day with its hours (`all` labels every item), else undefined. */
export function openDays(labels: readonly string[], all: () => (string | undefined)[]): string | undefined {
  if (labels.length === 0 || !labels.every((l) => DAY_HOURS.test(l))) return undefined;
  const days = all().filter((l): l is string => !!l && DAY_HOURS.test(l));
  if (days.length === 0) return undefined;
  return `it is open ${days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} and ${days[days.length - 1]}`}`;
}
