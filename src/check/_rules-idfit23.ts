/**
 * Identifiers have the shape of what they identify (QUALITY.md E), wave 23. `guid_not_uuid`: a value named guid or
 * uuid is a UUID (or a link, or hex), never a drawn token ("VSp1Kb2HJ"). `token_beside_numeric_id`: a call that
 * names its record by digits ("19144") gives its other ids as digits too, not a drawn token ("moveIssuesTo":
 * "VcxhKsoMeL6" of Jira). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const IDFIT23_INVARIANTS = ['guid_not_uuid', 'token_beside_numeric_id'] as const satisfies readonly InvariantId[];

const GUID_KEY = /(^|_|[a-z])(uuid|guid|Uuid|Guid|UUID|GUID)$/;
/** A drawn token: letters and digits with a letter past hex, no separator. */
const NON_HEX_TOKEN = /^(?=[A-Za-z0-9]*[g-zG-Z])[A-Za-z0-9]{6,20}$/;
const ID_ARG = /(^|_)id$|[a-z]Id$|^ID$/;
/** A drawn token ("VcxhKsoMeL6", "BqwPcyvb"): mixed case, 8 to 14 letters and digits, no camel-cased words. */
const drawnToken = (v: string): boolean => /^[A-Za-z0-9]{8,14}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && !/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)*$/.test(v);
/** Keys whose values are opaque by nature (a secret, a page cursor, a hash), whatever the record's ids are. */
const OPAQUE_KEY = /key|token|secret|hash|password|cursor|page|signature|nonce|session|code|sha|etag|state/i;

function guidToken(obj: Readonly<Record<string, unknown>>): string | undefined {
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string' && GUID_KEY.test(k) && NON_HEX_TOKEN.test(v)) return `${k} "${v}"`;
  return undefined;
}

export function checkIdfit23(record: DialogueRecord, add: Add): void {
  let guid = false;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const args = turn.call.arguments as Record<string, unknown>;
      const entries = Object.entries(args);
      if (!guid) {
        const bad = guidToken(args);
        if (bad) {
          guid = true;
          add('guid_not_uuid', at, `${turn.call.operation}: ${bad} is no UUID`);
        }
      }
      if (!entries.some(([k, v]) => ID_ARG.test(k) && typeof v === 'string' && /^\d{3,}$/.test(v))) return;
      const token = entries.find(([k, v]) => typeof v === 'string' && drawnToken(v) && !OPAQUE_KEY.test(k));
      if (token) add('token_beside_numeric_id', at, `${turn.call.operation}: ${token[0]} "${String(token[1])}" beside ids in digits`);
    } else if (!guid && turn.speaker === 'tool' && turn.status === 'ok') {
      eachObject(turn.result, (obj) => {
        const bad = guid ? undefined : guidToken(obj);
        if (!bad) return;
        guid = true;
        add('guid_not_uuid', at, `${turn.operation}: ${bad} is no UUID`);
      });
    }
  });
}
