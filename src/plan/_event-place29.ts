/** Events a call inferred for a place asked are held there (_events29.ts `eventsInPlace29`); the caller's glue. */
import type { Operation } from '../specs/types.ts';
import { cityCountry } from '../world/index.ts';
import { resourceOf } from './_content.ts';
import { eventsInPlace29 } from './_events29.ts';

const PLACE_ARG = /^(q|location|city|place|loc|town)$/i;

export function settleEvents29(result: unknown, args: Readonly<Record<string, unknown>>, op: Operation, inferred: boolean): void {
  if (!inferred || op.outputs.length > 0 || !/^(event|fixture|match)$/.test(resourceOf(op).noun)) return;
  const place = Object.entries(args).find(([k, v]) => PLACE_ARG.test(k) && typeof v === 'string' && /^[A-Z][A-Za-z .'-]+$/.test(v))?.[1] as string | undefined;
  if (place !== undefined) eventsInPlace29(result, place, (name) => cityCountry(name) !== undefined);
}
