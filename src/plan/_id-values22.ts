/**
 * Identifier values in the spec's shape, never the spec's own (QUALITY.md E), wave 22. A spec's example id
 * ("TN-204881735", "evt_Z7kq2LmX9wPa", "seg_music") returned verbatim makes every new order and every listed event
 * one record across a data set, and sits beside random tokens in one list. The example is a template: an id-named
 * field draws a fresh id in its shape (prefix, length, charset) instead of the example itself.
 */
import type { Rng } from '../random/index.ts';
import { shapedLike } from './_examples.ts';
import { alphanumeric, LOWER_ALNUM } from './_id-string.ts';
import { faker } from './_faker.ts';

/** The last word names an identifier: `ticketOrderId`, `segment_id`, `uuid`, a well's `tag` (not a `code` or a `key`, often a word). */
const ID_WORD = /(^|_)(id|uuid|guid|tag_number)$|^tag$/;
/** A prefixed word id ("seg_music", "cat-books"): the prefix is the scheme, the word is the spec's own sample. */
const PREFIXED_WORD = /^([a-z]{2,6})([_-])[a-z]{3,}$/;

/** A word id ("dinner", a Spotify category): in a list, beside ids drawn as words, never beside random tokens. */
const WORD_ID = /^[a-z]{3,16}$/;

/** An example that makes a fresh id in its shape: one with a digit (shapedLike) or a prefixed word; a word in a list. */
const shapeable = (v: unknown, inList: boolean): v is string => typeof v === 'string' && (/^[A-Za-z0-9_:.+-]{2,40}$/.test(v) && /\d/.test(v) || PREFIXED_WORD.test(v) || inList && WORD_ID.test(v));

/** True when `name` is an id field and one of `examples` is an id to draw in its shape rather than to repeat. */
export function idExampleIsTemplate(name: string, examples: readonly unknown[], inList = false): boolean {
  return ID_WORD.test(name) && examples.some((v) => shapeable(v, inList));
}

/** A fresh id in the shape of the spec's example id: "seg_music" → "seg_k3f9x2qa", "TN-204881735" → "TN-580163427". */
export function idShapedLikeExample(name: string, examples: readonly unknown[], rng: Rng, inList = false): string | undefined {
  if (!ID_WORD.test(name)) return undefined;
  const shaped = shapedLike(examples, (lo, hi) => rng.int(lo, hi));
  if (shaped !== undefined) return shaped;
  const word = examples.find((v): v is string => typeof v === 'string' && PREFIXED_WORD.test(v));
  const m = word === undefined ? null : PREFIXED_WORD.exec(word);
  if (m) return `${m[1]}${m[2]}${alphanumeric(rng, 10, LOWER_ALNUM)}`;
  // A list's word ids are words: every item's, not the example's alone beside random tokens.
  return inList && examples.some((v) => typeof v === 'string' && WORD_ID.test(v)) ? faker.word.noun({ length: { min: 4, max: 9 } }).toLowerCase().replace(/[^a-z]/g, '') || 'general' : undefined;
}
