/**
 * A tree asked for by name (`menuTreeselect/{roleId}`, "the menu list used when editing a role") whose spec gives only
 * an envelope (code, msg, status) returns the tree: its entries with ids and names (their children left out: one level is what is said), and for a
 * role the keys it has checked (QUALITY.md F, wave 28); never a bare confirmation status.
 */
import type { JsonSchema, Operation } from '../specs/types.ts';
import { identifierWords } from '../text/index.ts';

/** A result field as `_result.ts` reads it (its type is not imported: `_result.ts` calls this file's caller). */
type ResultField = { path: string; schema: JsonSchema };

const ID: JsonSchema = { type: 'integer', minimum: 1, maximum: 300 };
const NAME: JsonSchema = { type: 'string' };

/** Fields of a tree read, or undefined when the operation reads no tree. */
export function treeFields28(op: Operation): ResultField[] | undefined {
  const words = identifierWords(op.name).map((w) => w.toLowerCase());
  const at = words.findIndex((w) => /^tree(select|_?view)?$/.test(w));
  if (at <= 0) return undefined;
  const noun = words[at - 1]!;
  if (!/^[a-z]+$/.test(noun) || /^(get|list|api|v\d+)$/.test(noun)) return undefined;
  const list = `${noun}_items`;
  const fields: ResultField[] = [
    { path: `${list}[].id`, schema: ID },
    { path: `${list}[].name`, schema: NAME },
  ];
  // A tree for editing a role (or a user) also says which entries it has ticked.
  const owner = words.slice(at + 1).find((w) => /^(role|user|dept|post)$/.test(w));
  if (owner !== undefined) fields.push({ path: 'checked_keys[]', schema: ID });
  return fields;
}

/** A role's checked keys are ids of the tree's own entries (two of them), never other numbers. */
export function checkedKeys28(result: Record<string, unknown>): void {
  const keys = result.checked_keys;
  if (!Array.isArray(keys)) return;
  const list = Object.entries(result).find(([k, v]) => k.endsWith('_items') && Array.isArray(v))?.[1] as Array<Record<string, unknown>> | undefined;
  const ids = (list ?? []).map((item) => item?.id).filter((id) => typeof id === 'number');
  result.checked_keys = ids.slice(0, Math.max(1, Math.min(keys.length, ids.length - 1)));
}
