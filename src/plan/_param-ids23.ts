/**
 * Id arguments fit their API (QUALITY.md E), wave 23. _numeric-ids22.ts draws the result ids of an API whose ids
 * are numbers as digits; its text id parameters were still drawn as tokens, so Jira's `moveIssuesTo` (another
 * component's id) was "VcxhKsoMeL6" beside component "19144". Such a token is drawn again as digits.
 */
import type { Rng } from '../random/index.ts';
import type { PlanOperation, PlanParam } from './catalog.ts';
import { apiIdsNumeric } from './_numeric-ids22.ts';
import { inDocumentedIdRange33 } from './_values233.ts';
import { groupSearchValue35 } from './_group-search-oar35.ts';

/** A drawn token ("VcxhKsoMeL6"): letters of both cases or letters and digits, no word. */
const TOKEN = /^(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z0-9])[A-Za-z0-9]{6,14}$/;

/** `value` as digits when it is a drawn token for a text parameter of a numeric-id API with no shape of its own. */
export function idArgFitsApi(drawn: unknown, op: PlanOperation, p: PlanParam, all: readonly PlanOperation[], rng: Rng): unknown {
  const group = groupSearchValue35(op, p, rng); // a group search takes a word of group names ("dev"), never digits (_group-search-oar35.ts)
  if (group !== undefined) return group;
  const value = inDocumentedIdRange33(drawn, op, p); // "IDs with value < 1000" in the operation's description (_values233.ts)
  // A capitals-and-digits token as long as a drawn id ("5EZPF7PE11E") is one too, wave 28; a short code ("EUR", "AB12") is kept.
  // A capitalised word ("Apollo", a name searched for) is a word, never a token.
  if (typeof value !== 'string' || !TOKEN.test(value) || /^[A-Z][a-z]+$/.test(value) || (/^[A-Z0-9]+$/.test(value) && !(value.length >= 8 && /\d/.test(value) && /[A-Z]/.test(value)))) return value;
  const schema = p.schema as Record<string, unknown>;
  if ((schema.type !== undefined && schema.type !== 'string') || schema.pattern !== undefined || schema.format !== undefined || schema.example !== undefined || p.example !== undefined || Array.isArray(schema.enum)) return value;
  return apiIdsNumeric(op.operation, all) ? String(rng.int(10000, 99999)) : value;
}
