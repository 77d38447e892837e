/**
 * A bare string parameter named after the thing its operation acts on (Mandrill's POST /ips/delete-pool.json takes
 * `pool`) holds that thing's name, never the thing: "I need the pool. Do you have it?" asks the user for a pool
 * (QUALITY.md B); "the pool name" asks for what a person can say.
 */
import type { RecordOperation } from '../plan/types.ts';

/** Words whose value is itself what a person says (a city, an email): they stay as they are. */
const SAID_ITSELF = /^(?:name|title|email|city|country|region|state|street|address|place|location|query|search|term|keyword|text|message|comment|note|url|link|domain|host|date|time|day|month|year|language|currency|symbol|ticker|code|color|colour|phone|number|username|password|token|tag|label|category|genre|topic|type|kind|format|status|mode|sort|order|description|content|body|subject|summary|reason|word|phrase|sentence|value|key|secret|version|size|unit|zone|timezone|period|interval|source|target|data|file|image|path|prefix|suffix)$/;

/** `noun` ("pool") said as "pool name" when it is the parameter's own word and the operation acts on that thing. */
export function keyedThing27(noun: string, param: string, op: RecordOperation | undefined): string {
  if (!op || noun !== param || !/^[a-z]{3,}$/.test(noun) || SAID_ITSELF.test(noun)) return noun;
  const schema = (op.parameters.properties as Record<string, Record<string, unknown>> | undefined)?.[param];
  // Documented, enumerated, formatted or not a string: the documentation says what it is.
  if (!schema || schema.type !== 'string' || schema.enum || schema.format || schema.description || schema.pattern) return noun;
  // "delete-pool", "pool_info": the operation names the thing the parameter stands for.
  const words = `${op.name} ${op.path}`.toLowerCase().split(/[^a-z]+/);
  return words.includes(noun) && words.some((w) => /^(?:delete|remove|get|info|update|set|add|create|show|read|fetch|view|details?)$/.test(w)) ? `${noun} name` : noun;
}
