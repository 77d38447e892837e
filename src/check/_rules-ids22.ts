/**
 * Identifier values, their shape, origin and coherence (QUALITY.md E), wave 22. `example_id_returned`: a result
 * never gives the spec's example id (an id parameter's example or default, as the record's tool schemas carry it)
 * as the id of a record the calls did not ask for: every new order would be "TN-204881735". `mixed_id_schemes`: the
 * ids of one list share one scheme ("BqwPcyvb", "seg_music" and "F3tYBKLie5E" are three). `app_id_unrelated`: a
 * reverse-domain app id names its developer or its app ("com.corkeryandsons.reader" is no app of "Toy, Rutherford
 * and Hyatt" called "Plant Pal"). Reads only the dialogue record.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const IDS22_INVARIANTS = ['example_id_returned', 'mixed_id_schemes', 'app_id_unrelated'] as const satisfies readonly InvariantId[];

/** A key as lower-case words joined by `_`, kept per key. */
const words = keyWords;

const ID_KEY = /(^|_)(id|uuid)$/;
const APP_ID_KEY = /^(app_?id|package_?name|package|bundle_?id)$/;
const DEVELOPER_KEY = /^(developer|developer_?name|publisher)$/;
const TITLE_KEY = /^(title|name|app_?name)$/;
const REVERSE_DOMAIN = /^(com|org|net|io|co|de|fr|uk|me|app)\.[a-z0-9_]+(\.[a-z0-9_]+)+$/i;

/** An example worth flagging: an id with a digit or a separator, not a word a user might name ("primary", "me"). */
const ID_EXAMPLE = /^(?=.*[\d_.:-])[A-Za-z0-9_.:-]{5,64}$/;

/** The example and default ids of the record's id parameters (operations and candidates), with the parameters they belong to. */
function exampleIds(record: DialogueRecord): Map<string, string> {
  const found = new Map<string, string>();
  const ops: RecordOperation[] = [...Object.values(record.operations), ...Object.values(record.candidates ?? {})];
  for (const op of ops) {
    const props = (op.parameters as { properties?: Record<string, Record<string, unknown>> }).properties ?? {};
    for (const [name, schema] of Object.entries(props)) {
      if (!ID_KEY.test(words(name))) continue;
      const values = [schema.example, schema.default, ...(Array.isArray(schema.examples) ? schema.examples : [])];
      for (const v of values) if (typeof v === 'string' && ID_EXAMPLE.test(v)) found.set(v, name);
    }
  }
  return found;
}

/** The scheme of an id: digits, a UUID, a prefix and its separator, or a token of its length. */
function schemeOf(value: string): string {
  if (/^\d+$/.test(value)) return 'digits';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return 'uuid';
  const prefix = /^([A-Za-z]{1,8})([_:-])/.exec(value);
  // A word id ("dinner", "price", "hip-hop") is a word of any length.
  if (/^[a-z]+(?:[_-][a-z]+)*$/.test(value)) return 'word';
  if (prefix) return `prefix ${prefix[1]!.toLowerCase()}${prefix[2]}`;
  if (/^[A-Za-z0-9]+$/.test(value)) return `token of ${value.length}`;
  return 'other';
}

/** The scheme of each id key of a list of records, or the first two schemes that differ. */
function mixedSchemes(items: readonly unknown[]): [string, string, string, string] | undefined {
  const seen = new Map<string, [string, string]>();
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      if (typeof v !== 'string' || v === '' || !ID_KEY.test(words(k))) continue;
      const scheme = schemeOf(v);
      const had = seen.get(k);
      if (had === undefined) seen.set(k, [scheme, v]);
      else if (had[0] !== scheme && scheme !== 'other' && had[0] !== 'other') return [k, had[1], v, `${had[0]} and ${scheme}`];
    }
  }
  return undefined;
}

/** The words of a name, three letters at least ("Toy, Rutherford and Hyatt" → toy, rutherford, and, hyatt). */
const nameWords = (text: string): string[] => text.toLowerCase().normalize('NFD').split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !COMPANY_WORD.test(w));
/** Words of any company's name ("and", "Inc", "Sons"): sharing one says nothing. */
const COMPANY_WORD = /^(and|the|inc|llc|ltd|gmbh|sons|group|company|corp|apps?|labs?|studios?|software|mobile|games)$/;

/** True when a segment of the id (past its top-level domain) shares a word with one of the names. */
function idNamesOne(id: string, names: readonly string[]): boolean {
  const segments = id.toLowerCase().split('.').slice(1).filter((s) => s.length >= 2);
  return names.some((name) => {
    const said = nameWords(name);
    const glued = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '');
    return segments.some((s) => said.some((w) => s.includes(w) || (s.length >= 3 && w.includes(s))) || (s.length >= 4 && glued.includes(s)));
  });
}

export function checkIds22(record: DialogueRecord, add: Add): void {
  let examples: Map<string, string> | undefined;
  let asked: Set<string> | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') return;
    examples ??= exampleIds(record);
    // Values any call sent: a get by the example id returns it, rightly.
    asked ??= new Set(record.turns.flatMap((t) => (t.speaker === 'assistant' && t.call ? Object.values(t.call.arguments).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(/\s*,\s*/)) : [])));
    const ex = examples;
    const sent = asked;
    const visit = (node: unknown, depth: number): void => {
      if (!node || typeof node !== 'object' || depth > 8) return;
      if (Array.isArray(node)) {
        if (node.length >= 2) {
          const mixed = mixedSchemes(node);
          if (mixed) add('mixed_id_schemes', at, `${turn.operation}: the ${mixed[0]} ids of one list mix schemes (${mixed[3]}): ${JSON.stringify(mixed[1])}, ${JSON.stringify(mixed[2])}`);
        }
        for (const item of node) visit(item, depth + 1);
        return;
      }
      const record_ = node as Record<string, unknown>;
      let appId: string | undefined;
      let developer: string | undefined;
      let title: string | undefined;
      for (const [k, v] of Object.entries(record_)) {
        if (v && typeof v === 'object') {
          visit(v, depth + 1);
          continue;
        }
        if (typeof v !== 'string' || v === '') continue;
        const w = words(k);
        if (ex.size > 0 && ID_KEY.test(w) && ex.has(v) && !sent.has(v)) add('example_id_returned', at, `${turn.operation}: ${k} ${JSON.stringify(v)} is the spec's example for ${ex.get(v)}, returned for a record no call asked for`);
        if (APP_ID_KEY.test(w) && REVERSE_DOMAIN.test(v)) appId = v;
        else if (DEVELOPER_KEY.test(w)) developer = v;
        else if (TITLE_KEY.test(w)) title = v;
      }
      if (appId !== undefined && developer !== undefined && !idNamesOne(appId, [developer, ...(title !== undefined ? [title] : [])])) {
        add('app_id_unrelated', at, `${turn.operation}: the app id ${JSON.stringify(appId)} names neither its developer ${JSON.stringify(developer)} nor its app ${JSON.stringify(title ?? '')}`);
      }
    };
    visit(turn.result, 0);
  });
}
