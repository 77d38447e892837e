/**
 * One last pass over a built result for records whose values must fit what the record is (QUALITY.md E): run
 * after the whole result is built, because items of a list are renamed after their record was finished (a
 * repeated name drawn again), and a renamed dish, ride or review must still agree with its section, seats or
 * score. Values the call sent or the chain reads (`keep`) never change.
 */
import { fitMoney, type MoneyUnits } from './_money.ts';
import { titleSection } from './_menu.ts';
import { agreeReview, reviewDomainOf, type ReviewDomain } from './_reviews.ts';
import { agreeVerses, SCRIPTURE } from './_scripture17.ts';
import { agreeDrink, agreeQuiz, agreeRide } from './_domain-records.ts';
import { fitUnits21 } from './_units21.ts';
import { settleGrants } from './_counts23.ts';
import { appIdOfTitle30, podcastAboutName30 } from './_names-coherence30.ts';

/** Amounts on the scale of what they price and in their currency, then records that agree with their kind. */
export function fitDomains(result: unknown, keep: ReadonlySet<string>, context = '', units?: MoneyUnits): void {
  fitMoney(result, keep, context, units);
  // A repaid grant owes nothing and its fee is a share of it, before its balance's total is summed.
  settleGrants(result);
  fitUnits21(result, keep, context);
  agreeDomains(result, keep, 0, reviewDomainOf(context));
  if (SCRIPTURE.test(context)) agreeVerses(result, keep, [...keep].filter((v) => v.startsWith('"')).map((v) => JSON.parse(v) as string));
}

/** `reviewed`: what the operation's reviews are of; `used`: review texts already given to items of the same list. */
export function agreeDomains(value: unknown, keep: ReadonlySet<string>, depth = 0, reviewed: ReviewDomain = 'app', used?: Set<string>): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    const texts = new Set<string>();
    for (const item of value) agreeDomains(item, keep, depth + 1, reviewed, texts);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const v of Object.values(record)) if (v && typeof v === 'object') agreeDomains(v, keep, depth + 1, reviewed);
  const fixed = keep.size === 0 ? [] : Object.keys(record).filter((k) => kept(keep, record[k]));
  titleSection(record, fixed);
  agreeReview(record, fixed, reviewed, used);
  podcastAboutName30(record, fixed);
  appIdOfTitle30(record, fixed);
  agreeQuiz(record, fixed);
  agreeDrink(record, fixed);
  agreeRide(record, fixed);
}

/** Sets of kept values that hold a record or a list (`{…}`, `[…]`), by set. */
const holdsComposite = new WeakMap<ReadonlySet<string>, boolean>();

/**
 * `keep.has(JSON.stringify(value))`, without writing out a nested record or list that cannot be kept (the one
 * string per value at every depth was a large share of this pass): a plain record or list is looked up only
 * when `keep` holds some record or list.
 */
function kept(keep: ReadonlySet<string>, value: unknown): boolean {
  if (value !== null && typeof value === 'object' && (Array.isArray(value) || (Object.getPrototypeOf(value) === Object.prototype && !('toJSON' in value)))) {
    let composite = holdsComposite.get(keep);
    if (composite === undefined) {
      composite = [...keep].some((v) => v.startsWith('{') || v.startsWith('['));
      holdsComposite.set(keep, composite);
    }
    if (!composite) return false;
  }
  return keep.has(JSON.stringify(value));
}
