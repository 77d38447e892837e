/**
 * What a parameter's description says about when it may be sent (QUALITY.md H, I):
 * - "If bufferMetres is specified, the number of line segments …": an option that only acts beside another
 *   argument is sent only with it; "the number of buffer segments is 13" with no buffer is no request.
 * - "the number of line segments used in each quadrant", "tolerance", "precision": tuning knobs of the service
 *   that nobody volunteers unless the request is about them.
 * - "a String containing the name of the user to remove … Must not be null.": required whatever the spec's
 *   `required: false` says (Jira's removeWatcher without a username removes nobody in particular).
 * Descriptions repeat, so what each says is cached by its text.
 */
import { lastNameWord } from './_params.ts';

/** `If bufferMetres is specified, …`, `only used when foo is given`, `ignored unless foo is set`, `requires foo`. */
const PRESENCE = [
  /^\s*(?:only\s+)?(?:if|when)\s+[`'"]?([A-Za-z_][\w.-]*)[`'"]?\s+(?:is|are)\s+(?:also\s+)?(?:specified|given|set|provided|supplied|present|passed|used|included)\b/i,
  /\b(?:only\s+(?:used|applies|applied|valid|relevant|considered|honou?red|effective)|(?:used|applies|applied|valid|relevant|considered|honou?red|effective)\s+only)\s+(?:if|when)\s+[`'"]?([A-Za-z_][\w.-]*)[`'"]?\s+(?:is|are)\s+(?:also\s+)?(?:specified|given|set|provided|supplied|present|passed|included)\b/i,
  /\bignored\s+unless\s+[`'"]?([A-Za-z_][\w.-]*)[`'"]?\s+(?:is|are)\s+(?:also\s+)?(?:specified|given|set|provided|supplied|present|passed|included)\b/i,
  /\b(?:requires|needs)\s+(?:the\s+)?[`'"]([A-Za-z_][\w.-]*)[`'"]\s+(?:parameter|argument|field)?/i,
];

const presenceCache = new Map<string, string | null>();

/** The parameter whose presence `description` makes this one depend on, if it says so. */
export function presenceDependency(description: string | undefined): string | undefined {
  if (!description) return undefined;
  let found = presenceCache.get(description);
  if (found === undefined) {
    found = null;
    const text = description.length > 300 ? description.slice(0, 300) : description;
    for (const re of PRESENCE) {
      const m = re.exec(text);
      if (m) {
        found = m[1]!;
        break;
      }
    }
    if (presenceCache.size > 20000) presenceCache.clear();
    presenceCache.set(description, found);
  }
  return found ?? undefined;
}

const TUNING_NAME = /(^|_)(segments|quadrant_segments|tolerance|precision|epsilon|mitre_limit|miter_limit|simplification|simplify|smoothing|decimal_places|significant_digits)$/;
const TUNING_TEXT = /^\s*(?:[^.]{0,40},\s*)?(?:the\s+)?(?:number of (?:line\s+)?segments|maximum ratio|tolerance|precision|number of decimal (?:places|digits)|number of significant digits)\b/i;

/** `createBy`, `updateBy`, `modified_by`: who wrote a record is the service's bookkeeping, never said by a user. */
const AUDIT_NAME = /(^|_)(create|created|update|updated|modify|modified|last_modified|edit|edited|delete|deleted)_(by|user|user_id|by_id)$/;

/** A tuning knob of the service (segments, tolerances, precision) or an audit field: never volunteered. */
export function isTuningParam(p: { name: string; description?: string }): boolean {
  const words = lastNameWord(p.name);
  return TUNING_NAME.test(words) || AUDIT_NAME.test(words) || TUNING_TEXT.test(p.description ?? '');
}

const NOT_NULL = /\b(?:must|may|can|should)\s*(?:not|n[o']t)\s+be\s+(?:null|empty|blank|omitted)\b|\bcannot\s+be\s+(?:null|empty|blank|omitted)\b|^\s*\(?required\)?\s*[.:)-]/i;

/** A parameter whose description says it must be given ("Must not be null.", "Required."). */
export function mustBeGiven(description: string | undefined): boolean {
  return description !== undefined && NOT_NULL.test(description);
}
