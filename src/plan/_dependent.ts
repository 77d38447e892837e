/**
 * Parameters that apply only when another takes a given value (QUALITY.md E): "(required when "manual" is
 * selected for adjustEstimate) the amount to reduce the estimate by" is sent with `adjustEstimate: manual`, never
 * beside `adjustEstimate: leave`. One pass over a call's drawn values: the switch takes the value its dependants
 * need, and a dependant whose switch cannot take it (the enum lacks it, another dependant set it otherwise) is
 * left out. Descriptions repeat, so what each says is cached by its text.
 */
import type { PlanParam } from './_catalog-types.ts';
import { presenceDependency } from './_requires20.ts';

export interface Dependency {
  /** The parameter that switches this one on. */
  param: string;
  /** The value it must take. */
  value: string;
}

/** `required when "manual" is selected for adjustEstimate`, `only used if "custom" is chosen as type`. */
const VALUE_FOR_PARAM = /\b(?:required|used|only|applies|valid|relevant|needed|considered|ignored unless)\b[^.]{0,30}?\b(?:when|if|unless)\s+["'`]([\w-]+)["'`]\s+is\s+(?:selected|set|chosen|specified|given|used|passed)\s+(?:for|as|in)\s+(?:the\s+)?["'`]?(\w+)/i;
/** `only applies when adjustEstimate is "new"`, `used only if type is set to `custom``. */
const PARAM_IS_VALUE = /\b(?:required|used|only|applies|valid|relevant|needed|considered|ignored unless)\b[^.]{0,30}?\b(?:when|if|unless)\s+["'`]?(\w+)["'`]?\s+is\s+(?:set to\s+|equal to\s+)?["'`]([\w-]+)["'`]/i;

const cache = new Map<string, Dependency | null>();

export function dependencyOf(description: string | undefined): Dependency | undefined {
  if (!description) return undefined;
  let found = cache.get(description);
  if (found === undefined) {
    found = null;
    const text = description.length > 400 ? description.slice(0, 400) : description;
    const a = VALUE_FOR_PARAM.exec(text);
    if (a) found = { param: a[2]!, value: a[1]! };
    else {
      const b = PARAM_IS_VALUE.exec(text);
      if (b) found = { param: b[1]!, value: b[2]! };
    }
    if (cache.size > 20000) cache.clear();
    cache.set(description, found);
  }
  return found ?? undefined;
}

export interface CallValues {
  op: { params: readonly PlanParam[] };
  given: PlanParam[];
  asked: PlanParam[];
  defaulted: readonly PlanParam[];
  chainedIn: ReadonlyMap<string, unknown>;
  values: Map<string, unknown>;
}

function drop(call: CallValues, p: PlanParam): void {
  for (const list of [call.given, call.asked]) {
    const at = list.indexOf(p);
    if (at >= 0) list.splice(at, 1);
  }
  call.values.delete(p.name);
}

/** Makes a call's dependent parameters agree with their switches (see the file comment). */
export function fitDependents(call: CallValues): void {
  const set = new Map<string, string>();
  for (const p of [...call.given, ...call.asked]) {
    const dep = dependencyOf(p.description ?? (typeof p.schema.description === 'string' ? p.schema.description : undefined));
    if (dep === undefined || dep.param === p.name) continue;
    const q = call.op.params.find((c) => c.name === dep.param);
    if (q === undefined) continue;
    const choices = Array.isArray(q.schema.enum) ? q.schema.enum : undefined;
    const fixedElsewhere = call.defaulted.includes(q) || call.chainedIn.has(q.name);
    const fits = (choices === undefined || choices.includes(dep.value)) && (set.get(q.name) ?? dep.value) === dep.value;
    if (!fits || (fixedElsewhere && call.values.get(q.name) !== dep.value)) {
      // Only an optional dependant is left out; a required one keeps what the call must send.
      if (!p.required) drop(call, p);
      continue;
    }
    set.set(q.name, dep.value);
    call.values.set(q.name, dep.value);
    if (!call.given.includes(q) && !call.asked.includes(q) && !fixedElsewhere) {
      const list = call.given.includes(p) ? call.given : call.asked;
      list.push(q);
      const order = new Map(call.op.params.map((c, i) => [c.name, i]));
      list.sort((x, y) => order.get(x.name)! - order.get(y.name)!);
    }
  }
  switchesWithoutDependants(call, set);
  withoutAbsentPartners(call);
}

/**
 * The other way round: an optional switch sent at a value that needs another argument (`adjustEstimate: "new"`
 * needs `newEstimate`) that the call does not send is left out: "the estimate adjustment is new" with no new
 * estimate is an incomplete request. Switches a dependant already set are kept.
 */
function switchesWithoutDependants(call: CallValues, set: ReadonlyMap<string, string>): void {
  for (const q of call.op.params) {
    const dep = dependencyOf(q.description ?? (typeof q.schema.description === 'string' ? q.schema.description : undefined));
    if (dep === undefined || dep.param === q.name || set.has(dep.param) || call.values.has(q.name)) continue;
    const p = [...call.given, ...call.asked].find((c) => c.name === dep.param);
    if (p === undefined || p.required || call.values.get(p.name) !== dep.value) continue;
    drop(call, p);
  }
}

/**
 * An optional argument that acts only beside another ("If bufferMetres is specified, the buffer join …") is left
 * out when that other is not sent: a join style for no buffer is no request (QUALITY.md H).
 */
function withoutAbsentPartners(call: CallValues): void {
  for (const p of [...call.given, ...call.asked]) {
    if (p.required) continue;
    const other = presenceDependency(p.description ?? (typeof p.schema.description === 'string' ? p.schema.description : undefined));
    if (other === undefined || other === p.name || !call.op.params.some((q) => q.name === other)) continue;
    if (!call.values.has(other) && !call.chainedIn.has(other)) drop(call, p);
  }
}
