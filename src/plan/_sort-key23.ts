/**
 * A sort key and a direction are one choice (QUALITY.md E), wave 23: "in random order" has no direction, so a
 * call that also sends `sort: desc` ("I'd like them in random order, in descending order") draws its key again
 * (popularity, newest…); a key that stays random after a few draws is left to the checker (`random_with_direction`).
 */
import type { PlanParam } from './catalog.ts';

const KEYISH = /(order|sort)/i;
const RANDOM = /^random(?:ly)?$/i;
const DIRECTION = /^(?:asc|desc|ascending|descending)$/i;

const one = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);

/** Redraws a "random" sort key that sits beside a direction. */
export function randomKeyWithoutDirection(params: readonly PlanParam[], values: Map<string, unknown>, redraw: (p: PlanParam) => unknown): void {
  const key = params.find((p) => KEYISH.test(p.name) && typeof one(values.get(p.name)) === 'string' && RANDOM.test(one(values.get(p.name)) as string));
  if (!key) return;
  const direction = [...values.keys()].find((name) => name !== key.name && typeof one(values.get(name)) === 'string' && DIRECTION.test(one(values.get(name)) as string));
  if (direction === undefined) return;
  for (let attempt = 0; attempt < 6; attempt++) {
    const value = redraw(key);
    const text = one(value);
    if (typeof text === 'string' && !RANDOM.test(text)) {
      values.set(key.name, value);
      return;
    }
  }
}
