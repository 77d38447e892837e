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
