/**
 * The name of an office's holder is a person's (QUALITY.md E): a ministry's `ministerName` is "Zoe Okafor", never
 * "Ministry of Public Safety" drawn from the record's kind. Drawn from the world's people, so that a later read of
 * the holder (GetMinister) finds the same name in the same bank.
 */
import type { Rng } from '../random/index.ts';
import { PEOPLE_NAMES } from '../world/index.ts';

const OFFICE_NAME = /(^|_)(minister|mayor|president|governor|premier|senator|ambassador|commissioner|chancellor|secretary_general|ceo|chairman|chairperson|chair|head_of_state|prime_minister)_(name|full_name)$/;

/** A person's name for a field naming an office's holder (`minister_name`); undefined for any other field. */
export function officeHolderName(name: string, rng: Rng): string | undefined {
  if (!OFFICE_NAME.test(name)) return undefined;
  return `${PEOPLE_NAMES.first[rng.int(0, PEOPLE_NAMES.first.length - 1)]!} ${PEOPLE_NAMES.last[rng.int(0, PEOPLE_NAMES.last.length - 1)]!}`;
}
