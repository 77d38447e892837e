/**
 * The field an update names its record by (QUALITY.md B, J): a template changed by its name, a dedicated IP whose
 * DNS is configured. It is asked as "which template?", never as a value the user chooses, and after the call it is
 * what was changed, never "the name is now …".
 */
import { memoizedPer } from '../text/memo.ts';
import type { RecordOperation } from '../plan/types.ts';

const UPDATES = /^(?:update|edit|modif(?:y|ies)|change|configure|set|patch)s?\b/i;
const OP_UPDATES = /(?:^|[_\W])(?:update|edit|modify|change)(?:[_\W]|$)/i;
const ID_PARAM = /^(?:id|uuid|slug)$|[a-z](?:_id|Id|ID)$/;
const words = (s: string): string[] => s.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());

const identifiesMemo = memoizedPer(identifies);

/** Whether `param`, sent to this update, is what names the record changed rather than a value set. */
export function identifiesRecord27(op: RecordOperation | undefined, param: string): boolean {
  if (!op || !/^(?:post|put|patch)$/i.test(op.method)) return false;
  return identifiesMemo(op, param);
}

function identifies(op: RecordOperation, param: string): boolean {
  const description = op.description.trim();
  const updates = OP_UPDATES.test(op.name) || UPDATES.test(description);
  if (!updates || /\brename\b/i.test(`${op.name} ${description}`)) return false;
  const ws = words(param);
  if (ws.length === 0) return false;
  // "Configures the custom DNS name for a dedicated IP": the IP is the record the call is for.
  const said = new RegExp(`\\bfor (?:a|an|the|this|that|your|each) (?:[a-z-]+ )?${ws.join(' ')}\\b`, 'i');
  if (said.test(description)) return true;
  // "Update the code for an existing template" with its name required and no id: the name names the template.
  if (!/^name$/i.test(param)) return false;
  const props = Object.keys((op.parameters.properties ?? {}) as Record<string, unknown>);
  const required = Array.isArray(op.parameters.required) ? (op.parameters.required as string[]) : [];
  return /\bexisting\b/i.test(description) && !props.some((p) => ID_PARAM.test(p)) && (required.length === 0 || required.includes(param));
}
