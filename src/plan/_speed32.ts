/**
 * Facts of one source operation that `findsOneRecord` tests again for every edge of every flow while the catalog
 * finds its chains: worked out once per operation (the catalog's operations never change after loading).
 */
import type { Operation } from '../specs/types.ts';
import { saysItCreates, suggestsRecords } from './_writes.ts';
import { placeSearchForOthers } from './_sibling-read.ts';
import { curatedList, pickedByServiceForOwn } from './_owner.ts';
import { isPlaceResolver, isSelfLocator } from './_places.ts';

/** Sources that return something arbitrary (a random question, a random verse): never about what the user means. */
const RANDOM_SOURCE = /\brandom/i;

const barred = new WeakMap<Operation, boolean>();

/** A random pick, the service's suggestions, a write or a curated list: no source of the one record the user means. */
export function barredSource32(o: Operation): boolean {
  let found = barred.get(o);
  if (found === undefined) {
    found = RANDOM_SOURCE.test(`${o.name} ${o.path} ${o.summary ?? ''}`) || suggestsRecords(o) || saysItCreates(o) || curatedList(o);
    barred.set(o, found);
  }
  return found;
}

const acrossApis = new WeakMap<Operation, boolean>();

/** A place resolver searched for others, or a self-locator: a lookup another service's chain may start from. */
export function readsAcrossApis32(o: Operation): boolean {
  let found = acrossApis.get(o);
  if (found === undefined) {
    found = (isPlaceResolver(o) && placeSearchForOthers(o)) || isSelfLocator(o);
    acrossApis.set(o, found);
  }
  return found;
}

const servicePicks = new WeakMap<Operation, WeakMap<Operation, boolean>>();

/** `pickedByServiceForOwn` per pair of operations: each flow walks the same edges again. */
export function pickedByServiceForOwn32(source: Operation, target: Operation): boolean {
  let byTarget = servicePicks.get(source);
  if (byTarget === undefined) servicePicks.set(source, (byTarget = new WeakMap()));
  let found = byTarget.get(target);
  if (found === undefined) {
    found = pickedByServiceForOwn(source, target);
    byTarget.set(target, found);
  }
  return found;
}
