/**
 * A result field named after an input of its operation means that input (QUALITY.md E): a job alert created
 * without a `frequency` reports the documented default ("daily"), never "monthly" outside the input's enum
 * daily/weekly; one the call set is echoed elsewhere. Only the top record (and one wrapper level) is settled;
 * values the chain reads (`pinned`, JSON) stay.
 */
import type { Operation } from '../specs/types.ts';
import { fileOfAskedFormat } from './_file-format18.ts';
import { localTimeIsNow } from './_local-now18.ts';
import { settleAskedDay } from './_asked-day20.ts';
import { settleCallAgreement } from './_call-agree20.ts';
import { fitEventTimes23 } from './_event-times23.ts';
import { seriesHourByHour } from './_mail-series19.ts';

type Json = Record<string, unknown>;
const WRAPPER = /^(data|result|response|item|record|payload|body|object)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The result's fields that share an input's name, where the call left that input out, take its default or a member of its enum. */
export function unsetInputsDocumented(result: unknown, op: Pick<Operation, 'inputs'>, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (!isRecord(result)) return;
  const documented = op.inputs.filter((p) => !(p.name in args) && p.in !== 'header' && p.in !== 'cookie' && (p.default !== undefined || p.schema.default !== undefined || (p.enum ?? p.schema.enum) !== undefined));
  if (documented.length === 0) return;
  const settle = (record: Json): void => {
    for (const p of documented) {
      const v = record[p.name];
      if (v === undefined || v === null || typeof v === 'object' || pinned.has(JSON.stringify(v))) continue;
      const fallback = p.default ?? p.schema.default;
      const values = (p.enum ?? p.schema.enum) as unknown[] | undefined;
      if (fallback !== undefined && typeof fallback === typeof v) record[p.name] = fallback;
      else if (Array.isArray(values) && values.length > 0 && !values.includes(v)) {
        const same = values.filter((e) => typeof e === typeof v);
        if (same.length > 0) record[p.name] = same[String(v).length % same.length];
      }
    }
  };
  settle(result);
  for (const [k, v] of Object.entries(result)) if (WRAPPER.test(k) && isRecord(v)) settle(v);
}

/** The result's fields as the request means them: unset inputs at their default, a binary format as a file, local time now. */
export function settleAskedFields(result: unknown, op: Operation, args: Readonly<Json>, pinned: ReadonlySet<string>, pinnedPaths: readonly string[], inferred: boolean): void {
  unsetInputsDocumented(result, op, args, pinned);
  if (inferred) fileOfAskedFormat(result, op, args, pinnedPaths);
  localTimeIsNow(result, pinned);
  settleAskedDay(result, args, pinned);
  settleCallAgreement(result, op, args, pinned);
  fitEventTimes23(result, pinned);
  seriesHourByHour(result, op, args, pinned);
}
