/** The wave-20 content passes over a built result, once its values are settled (see each file). */
import type { Operation } from '../specs/types.ts';
import type { Rng } from '../random/index.ts';
import { withRng } from './_faker.ts';
import { marketsOfDescription } from './_markets20.ts';
import { actBios } from './_acts20.ts';
import { oneStoryPerItem } from './_stories20.ts';

/** Markets the description restricts, music acts' bios, one story per news item and latest lists newest first. */
export function settleContent20(result: unknown, operation: Operation, rng: Rng, pinned: ReadonlySet<string>): void {
  marketsOfDescription(result, operation, pinned);
  withRng(rng, () => {
    actBios(result, pinned);
    oneStoryPerItem(result, operation, pinned);
  });
}
