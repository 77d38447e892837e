/**
 * Steps a careful assistant would not take (QUALITY.md H, I), wave 16:
 * - `file_typed`: nobody types a file's bytes in a chat. A value for a binary, byte or base64 input (an image's
 *   data, "Base64 encoded JPEG image data") is never stated or asked ("The file is /9j/2wCEABoZ…"), and no user turn
 *   carries a long run of base64.
 * - `refusal_unsearched`: "nothing in my catalog handles that" comes only after a search for what the user asked:
 *   a `response_fail` follows a `retriever_call` made after the user's last request.
 * - `sort_way_contradicted`: "the new ones first" (or "the oldest first") and a call sending the other direction
 *   (`order=new`, `sort=asc`) disagree.
 * - `distance_from_nowhere`: a sort by distance (`order=distance`) sent with nothing saying where from.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
interface Prop { format?: unknown; type?: unknown; contentEncoding?: unknown; contentMediaType?: unknown; description?: unknown }

export const CHAINS16_INVARIANTS = ['file_typed', 'refusal_unsearched', 'sort_way_contradicted', 'distance_from_nowhere'] as const satisfies readonly InvariantId[];

/** Encoded bytes in a description ("Base64 encoded JPEG image data"). */
const BYTES_TEXT = /^\s*(the )?(base64|base-64|binary)\b|\bbase ?64[- ]encoded\b/i;
/** A long run of base64 (a JPEG's bytes start "/9j/", a PNG's "iVBOR"). */
const BASE64_RUN = /(?:^|[\s:"'])((?:\/9j\/|iVBOR|R0lGOD|JVBER|UklGR)[A-Za-z0-9+/]{40,}|[A-Za-z0-9+/]{100,}={0,2})/;

function bytesProp(prop: Prop | undefined): boolean {
  if (!prop) return false;
  const format = String(prop.format ?? '').toLowerCase();
  if (format === 'binary' || format === 'byte' || format === 'base64' || prop.type === 'file') return true;
  if (String(prop.contentEncoding ?? '').toLowerCase() === 'base64' || prop.contentMediaType !== undefined) return true;
  return (prop.type === undefined || prop.type === 'string') && typeof prop.description === 'string' && BYTES_TEXT.test(prop.description);
}

function checkTypedFiles(record: DialogueRecord, add: Add): void {
  for (const slot of record.slots) {
    if (slot.source !== 'given' && slot.source !== 'asked') continue;
    const props = (record.operations[slot.operation]?.parameters as { properties?: Record<string, Prop> } | undefined)?.properties;
    if (!bytesProp(props?.[slot.param])) continue;
    const at = record.turns.findIndex((t) => t.speaker === 'user' && (t.text ?? '').includes(String(slot.value).slice(0, 24)));
    add('file_typed', at < 0 ? null : at, `${slot.param} of ${slot.operation} is a file's bytes: nobody types them in a chat`);
  }
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'user' || !turn.text) return;
    const run = BASE64_RUN.exec(turn.text);
    if (run && /[0-9]/.test(run[1]!) && /[A-Z]/.test(run[1]!) && /[a-z]/.test(run[1]!)) add('file_typed', at, `the user types encoded bytes: "${run[1]!.slice(0, 24)}…"`);
  });
}

function checkRefusals(record: DialogueRecord, add: Add): void {
  let searched = false;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'user') searched = false;
    else if (turn.speaker === 'assistant' && turn.action === 'retriever_call') searched = true;
    else if (turn.speaker === 'assistant' && turn.action === 'response_fail' && !searched) {
      add('refusal_unsearched', at, 'the assistant says nothing serves the request without searching for it');
    }
  });
}

const NEW_FIRST = /\b(new|newer|newest|latest|most recent|recent) (ones )?first\b/i;
const OLD_FIRST = /\b(old|older|oldest|earliest) (ones )?first\b/i;
const WAY_ARG = /(^|_)(sort|order|dir|direction|sort_?order|sort_?dir(ection)?)$/i;
const DISTANCE_VALUE = /^(distance|nearest|nearby|proximity|closest|dist)$/i;
const PLACE_ARG = /(^|_)(lat|lng|lon|latitude|longitude|location|loc|near|nearby|coords?|coordinates|point|position|address|city|zip|postcode|postal_?code|place|geo|origin|from|center|centre|ll|latlng|modifier)(_|$)/i;

function checkSorts(record: DialogueRecord, add: Add): void {
  const said = record.turns.filter((t) => t.speaker === 'user').map((t) => t.text ?? '').join(' ');
  const newFirst = NEW_FIRST.test(said);
  const oldFirst = OLD_FIRST.test(said);
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || !turn.call || turn.error) return;
    const args = Object.entries(turn.call.arguments ?? {});
    for (const [name, value] of args) {
      if (typeof value !== 'string') continue;
      const key = name.replace(/([a-z])([A-Z])/g, '$1_$2');
      if (WAY_ARG.test(key) && ((newFirst && /^asc(ending)?$/i.test(value)) || (oldFirst && /^desc(ending)?$/i.test(value)))) {
        add('sort_way_contradicted', at, `the user asked for the ${newFirst ? 'new' : 'old'} ones first, but ${name}=${value}`);
      }
      if (DISTANCE_VALUE.test(value) && !args.some(([other]) => other !== name && PLACE_ARG.test(other.replace(/([a-z])([A-Z])/g, '$1_$2')))) {
        add('distance_from_nowhere', at, `${name}=${value} sorts by distance with nothing saying where from`);
      }
    }
  });
}

export function checkChains16(record: DialogueRecord, add: Add): void {
  checkTypedFiles(record, add);
  checkRefusals(record, add);
  checkSorts(record, add);
}
