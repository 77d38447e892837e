/**
 * A write whose spec lost what it makes or pays (QUALITY.md J, D): Jira 7.6.1's `POST /issue/{id}/worklog` sends only
 * estimate knobs (never the time worked), `POST /group/user` only the group's name (never which user). A dialogue
 * that "logs a worklog" or "adds the user" with neither claims content the call never carried; a payment that sends
 * only an email (`POST /orders/{email}/pay`) charges an amount nobody named.
 */
import pluralize from 'pluralize';
import type { PlanOperation, PlanParam } from './_catalog-types.ts';
import { identifierWords } from '../text/index.ts';
import { contentParams } from './_writes.ts';

/** Words of a field that is the made thing's own content, whatever it is: its name, its text, its value. */
const OWN_CONTENT = /^(?:name|title|text|description|content|body|message|value|comment|note|label|summary|subject|data|amount|quantity|email|url|time|date|duration|spent|started|start|end|type|status|username|key)$/;

const cache = new WeakMap<PlanOperation, boolean>();

/**
 * True for a create with no body and no required value beside the path's ids whose values all name something else
 * than the thing it makes (the parent's name, another record's estimate): the spec cannot carry the new thing.
 */
export function losesWhatItCreates30(op: PlanOperation, content: readonly PlanParam[]): boolean {
  const o = op.operation;
  // A create by a verb of its words only: a POST whose last path word merely ends in "s" (`/me/player/previous`) makes nothing.
  if (o.effect !== 'create' || !/\bverb\b/.test(o.effectEvidence ?? '') || content.length === 0) return false;
  if (o.inputs.some((i) => i.in === 'body') || content.some((p) => p.required)) return false;
  let kept = cache.get(op);
  if (kept !== undefined) return kept;
  const statics = o.path.split('?')[0]!.split('/').filter((s) => s.length > 0 && !/[{:]/.test(s.charAt(0)));
  const words = (s: string): string[] => identifierWords(s).map((w) => pluralize.singular(w.toLowerCase()));
  const thing = words(statics[statics.length - 1] ?? '').pop();
  const others = new Set(statics.slice(0, -1).flatMap(words));
  kept = thing !== undefined && thing.length > 2 && !content.some((p) => {
    const ws = words(p.name);
    if (ws.includes(thing)) return true;
    return !ws.some((w) => others.has(w)) && OWN_CONTENT.test(ws[ws.length - 1] ?? '');
  });
  cache.set(op, kept);
  return kept;
}

/** Verbs of paying, in the loader's evidence (`path verb "pay"`, `name verb "purchase"`). */
const PAYS = /\bverb "(?:pay|charge|purchase|buy|checkout)"/;
/** Inputs that say what is paid: an amount, or the order, item, plan or hold it pays for. */
const PAID = /amount|price|total|sum|cost|order|hold|cart|item|product|plan|invoice|ticket|booking|reservation|subscription|quantity|sku|offer|fare/i;

/**
 * A payment whose spec sends only who pays (`POST /orders/{email}/pay` with an email): the amount and what it pays
 * for are lost, so no dialogue can say what was charged, and a charge of nothing said is no request to play.
 */
export function paysForNothing30(op: PlanOperation): boolean {
  const o = op.operation;
  return o.effect !== 'read' && PAYS.test(o.effectEvidence ?? '') && !o.inputs.some((i) => PAID.test(i.name));
}

/**
 * Does the chain drawn end on such a write? Checked on the drawn chain, not while the candidates are listed, so
 * only the dialogues that drew one draw again (every other dialogue keeps its chain).
 */
export function endsOnLostWrite30(byId: ReadonlyMap<string, PlanOperation>, operations: readonly string[]): boolean {
  const last = operations.length > 0 ? byId.get(operations[operations.length - 1] as string) : undefined;
  return last !== undefined && (paysForNothing30(last) || losesWhatItCreates30(last, contentParams(last)));
}
