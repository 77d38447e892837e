/**
 * A parameter the spec leaves undescribed whose values the operation's description lists ("Returns webcams
 * according to the listed {property} … Possible values are "editors", "hd", and "live""): those values are its
 * enum, so a call sends one of them, never a made-up code ("PRP-14730").
 */
import type { Operation, Param } from '../specs/types.ts';

/** A sentence that lists the values, and the quoted values in it. */
const LISTS = /\b(possible|valid|allowed|accepted|supported|available) values\b|\bone of\b|\bcan be\b|\bmust be\b|\boptions are\b/i;
const QUOTED_VALUE = /["'`]([A-Za-z0-9][\w.-]{0,30})["'`]/g;

export function withListedValues(param: Param, op: Operation): Param {
  if (param.enum || (param.description ?? '').trim() !== '' || param.in === 'body') return param;
  const text = op.description ?? '';
  // Only a description that names this parameter as a placeholder or a quoted name speaks of its values.
  if (text.length > 3000 || !(text.includes(`{${param.name}}`) || text.includes(`<${param.name}>`) || text.includes(`\`${param.name}\``))) return param;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (!LISTS.test(sentence)) continue;
    const values = [...new Set([...sentence.matchAll(QUOTED_VALUE)].map((m) => m[1]!))].filter((v) => v !== param.name);
    if (values.length >= 2 && values.length <= 12) return { ...param, enum: values };
  }
  return param;
}

/** A sort by distance: from where? */
const BY_DISTANCE = /^(distance|nearest|nearby|proximity|closest|dist)$/i;
/** An input that says where distances are measured from. */
export const ANCHOR = /(^|_|\b)(lat|lng|lon|latitude|longitude|location|loc|near|nearby|coords?|coordinates|point|position|address|city|zip|postcode|postal_?code|place|geo|origin|from|center|centre|ll|latlng|lat_?lon)(_|$|\b)/i;

/**
 * "Sort by distance" with no input saying where from (webcams ordered by distance where only the `nearby` modifier
 * gives a point) measures from nowhere: that value is left out of the enum when the operation takes no place.
 */
export function withoutUnanchoredDistance(param: Param, op: Operation): Param {
  const declared = (param.schema as { enum?: unknown[] } | undefined)?.enum;
  const values = param.enum ?? (Array.isArray(declared) ? declared : undefined);
  if (!values || !values.some(byDistance)) return param;
  if (op.inputs.some((i) => i !== param && ANCHOR.test(i.name.replace(/([a-z])([A-Z])/g, '$1_$2')))) return param;
  const kept = values.filter((v) => !byDistance(v));
  if (kept.length === 0) return param;
  return { ...param, enum: kept, ...(Array.isArray(declared) ? { schema: { ...param.schema, enum: declared.filter((v) => !byDistance(v)) } } : {}) };
}

export const byDistance = (v: unknown): boolean => typeof v === 'string' && BY_DISTANCE.test(v);


/**
 * A form update's field left without an enum (`updatePetWithForm`'s `status`) sets the record's field of that name:
 * one of the values the record's schema allows (available, pending, sold), never a made-up "completed" (openapi #41).
 */
export function withRecordEnum(param: Param, op: Operation): Param {
  if (param.enum || param.in === 'body' || (param.schema as { enum?: unknown[] } | undefined)?.enum || (param.schema.type !== undefined && param.schema.type !== 'string')) return param;
  const field = op.outputs.find((f) => !f.path.includes('[]') && (f.path === param.name || f.path.endsWith(`.${param.name}`)) && Array.isArray(f.schema.enum));
  const values = field?.schema.enum as unknown[] | undefined;
  return values && values.length >= 2 && values.every((v) => typeof v === 'string') ? { ...param, enum: [...values] } : param;
}
