/**
 * Items of a list said alike are told apart (bundled #342, #394: "standard, 337.5 SGD; standard, 349.65 SGD" left
 * out the areas E3 and B24 that make them two offers). When two items agree on every word field chosen for the
 * list (their prices aside: a price says how much, not which), a field whose values differ between them is said
 * too, for every item.
 */

/** A fact that says an amount or a number, not what the item is ("the price is 337.5 SGD", "it has 3 rooms"). */
const AMOUNT = / (?:is|are) -?\d[\d,.]*(?: [A-Z]{3}| [a-z%]+)?$|^it has \d/;
const ID_FACT = / ID is /;
const NUMBER = / (?:is|are) -?\d/;

/**
 * The field (by `keyOf`) to add to `chosen` so that no two items read alike in their word fields, or undefined
 * when they already differ or no field would help. `own[i]`: item i's facts.
 */
export function tellApart24(own: readonly string[][], chosen: readonly string[], keyOf: (fact: string) => string): string | undefined {
  if (own.length < 2) return undefined;
  const words = own.map((facts) => facts.filter((f) => chosen.includes(keyOf(f)) && !AMOUNT.test(f)).sort().join('; '));
  const pairs: [number, number][] = [];
  for (let i = 0; i < own.length; i++) for (let j = i + 1; j < own.length; j++) if (words[i] === words[j]) pairs.push([i, j]);
  if (pairs.length === 0) return undefined;
  const valueOf = (i: number, key: string): string | undefined => own[i]!.find((f) => keyOf(f) === key && f !== key);
  const candidates = new Map<string, number>();
  for (const facts of own) {
    for (const f of facts) {
      const key = keyOf(f);
      // A word field tells items apart (an area, a size); a number (a duration) is one more figure, not which.
      if (key === f || chosen.includes(key) || AMOUNT.test(f) || NUMBER.test(f) || ID_FACT.test(f)) continue;
      candidates.set(key, (candidates.get(key) ?? 0) + 1);
    }
  }
  // The field held by the most items that parts every pair said alike.
  return [...candidates.entries()]
    .filter(([key]) => pairs.every(([i, j]) => valueOf(i, key) !== undefined && valueOf(i, key) !== valueOf(j, key)))
    .sort((a, b) => b[1] - a[1])[0]?.[0];
}
