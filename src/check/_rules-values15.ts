/**
 * Single values that contradict what their name or their record says they are, wave 15 (QUALITY.md E).
 * - `digest_not_hex`: a value named for a digest (`sample_md5`, `sha256`, `checksum`) is hex of its algorithm's
 *   length (MD5 32 digits, SHA-1 40, SHA-256 64) or that digest in base64, never a code like "MD-37738".
 * - `pending_with_result`: a job still pending, queued or running has no finish time and no results link or file
 *   yet: no export "pending" beside a `result_url` the reply hands over.
 * - `minor_units_said`: an amount the result holds in minor units (the tool turn's `minor_units`: Adyen's `value`
 *   136000 with currency CAD) is never said as if in major units ("-136000 CAD"): the reply says 1360 CAD.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const VALUES15_INVARIANTS = ['digest_not_hex', 'pending_with_result', 'minor_units_said'] as const satisfies readonly InvariantId[];

const snake = snakeKey;

/** A digest by its algorithm's name; a bare `checksum`/`digest` of no known algorithm. */
const DIGEST = /(^|_)(md5|sha_?1|sha_?224|sha_?256|sha_?384|sha_?512|checksum|digest)$/;
const HEX_DIGITS: Array<[RegExp, number]> = [[/sha_?512$/, 128], [/sha_?384$/, 96], [/sha_?256$/, 64], [/sha_?224$/, 56], [/sha_?1$/, 40], [/md5$/, 32]];
const HEX = new Map(HEX_DIGITS.map(([, digits]) => [digits, new RegExp(`^[0-9a-fA-F]{${digits}}$`)]));

/** Why a digest-named value is no digest, or undefined. */
function notDigest(key: string, value: string): string | undefined {
  const words = snake(key);
  if (!DIGEST.test(words)) return undefined;
  const digits = HEX_DIGITS.find(([re]) => re.test(words))?.[1];
  if (digits !== undefined) {
    const bytes = digits / 2;
    const base64 = 4 * Math.ceil(bytes / 3);
    if (HEX.get(digits)!.test(value) || (value.length === base64 && /^[A-Za-z0-9+/]+={0,2}$/.test(value))) return undefined;
    return `${key} "${value}" is not a ${digits}-digit hex digest`;
  }
  // A checksum of no named algorithm: hex (8 digits or more), an "algo:hex" pair, or base64.
  if (/^(?:[a-z0-9-]+[:=])?[0-9a-fA-F]{8,}$/.test(value) || /^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return undefined;
  return `${key} "${value}" is not a digest`;
}

const STATE_KEY = /^(status|state)$/i;
const WAITING = /^(pending|processing|queued|in_?progress|in-progress|running|waiting)$/i;
const FINISHED = /^(finished|completed)(_?(at|on|time))?$|^(completion_?time|date_?finished|date_?completed)$/;
const RESULT_LINK = /^(result|results|download|output|export|file)_(url|uri|link|href|file)$/;

/** Why a waiting job's record already holds its result, or undefined. */
function waitingWithResult(obj: Record<string, unknown>): string | undefined {
  const state = Object.entries(obj).find(([k, v]) => STATE_KEY.test(k) && typeof v === 'string' && WAITING.test(v))?.[1] as string | undefined;
  if (state === undefined) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string' || v === '') continue;
    const words = snake(k);
    if (FINISHED.test(words)) return `the job is ${state} yet ${k} is ${v}`;
    if (RESULT_LINK.test(words)) return `the job is ${state} yet it gives ${k} ${v}`;
  }
  return undefined;
}

const CURRENCY = /^(currency|currency_?code|currency_?iso|iso_?currency)$/i;

/** "136000 CAD" for each minor-unit amount of a result (the words a reply must not say). */
function rawAmounts(result: unknown, keys: readonly string[]): string[] {
  const out: string[] = [];
  eachObject(result, (obj) => {
    const currency = Object.entries(obj).find(([k, v]) => CURRENCY.test(k) && typeof v === 'string')?.[1] as string | undefined;
    if (currency === undefined) return;
    for (const k of keys) {
      const v = obj[k];
      if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 10) out.push(`${v} ${currency}`);
    }
  });
  return out;
}

export function checkValues15(record: DialogueRecord, add: Add): void {
  let raw: string[] = [];
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.action === 'response' && raw.length > 0) {
      const said = raw.find((words) => new RegExp(`(^|[^\\d.,])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(turn.text ?? ''));
      if (said !== undefined) add('minor_units_said', i, `response says "${said}", an amount held in minor units, as if in major units`);
    }
    if (turn.speaker === 'tool') raw = turn.status === 'ok' && turn.minor_units !== undefined ? rawAmounts(turn.result, turn.minor_units) : [];
    if (turn.speaker === 'assistant' && turn.call && !turn.error) {
      for (const [k, v] of Object.entries(turn.call.arguments)) {
        const why = typeof v === 'string' ? notDigest(k, v) : undefined;
        if (why) add('digest_not_hex', i, `call: ${why}`);
      }
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      for (const [k, v] of Object.entries(obj)) {
        const why = typeof v === 'string' ? notDigest(k, v) : undefined;
        if (why) add('digest_not_hex', i, `tool result: ${why}`);
      }
      const pending = waitingWithResult(obj);
      if (pending) add('pending_with_result', i, `tool result: ${pending}`);
    });
  });
}
