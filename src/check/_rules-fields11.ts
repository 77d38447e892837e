/**
 * Values that keep what their spec documents (QUALITY.md E). `described_format`: an argument whose parameter's
 * description gives its form keeps it: a duration where it says `e.g. "2d"` (never "Aisha Silva"), the prefix of
 * a format it spells out (`whatsapp:<E.164_PHONE_NUMBER>`). `dependent_argument`: an argument the description
 * says applies only when another takes a value ("required when "manual" is selected for adjustEstimate") is never
 * sent beside that other with a different value. `domain_parts`: a result's `tld`/`sld` are those of the domain the
 * record shows or the call named (no tld "com" for babyish-runway.org, no sld "SLD-22151"). Reads only the record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FIELDS11_INVARIANTS = ['described_format', 'dependent_argument', 'domain_parts'] as const satisfies readonly InvariantId[];

type Form = { kind: 'duration' } | { kind: 'prefix'; prefix: string };

/** `e.g. "2d"`, `for example 30m`: a Jira-style duration given as the example. */
const DURATION_EXAMPLE = /\b(?:e\.\s?g\.?|for example|for instance|such as)\s*[,:]?\s*["'`]?\d{1,3}[wdhm]\b/i;
const DURATION = /^\d{1,3}(?:\.\d+)?\s?[wdhm](?:\s\d{1,3}\s?[wdhm]){0,3}$/;
/** "in `whatsapp:<E.164_PHONE_NUMBER>` format": a prefix before a placeholder. */
const PREFIX_FORMAT = /\b([a-z][a-z0-9+.-]{1,20}):<(?!\/?(?:br|p|b|i|em|strong|code|ul|li|a|span|div)\b)[^>]{2,40}>/;
const CUES = /\b(?:e\.\s?g\b|for example|for instance)|[a-z]:<(?!\/?(?:br|p|b|i|em|strong|code|ul|li|a|span|div)\b)[^>]+>/gi;
const REQUIRED_WHEN = /\b(?:required|used|only|applies|valid|relevant|needed|considered|ignored unless)\b[^.]{0,30}?\b(?:when|if|unless)\s+["'`]([\w-]+)["'`]\s+is\s+(?:selected|set|chosen|specified|given|used|passed)\s+(?:for|as|in)\s+(?:the\s+)?["'`]?(\w+)/i;

const formCache = new Map<string, Form | null>();
function formOf(description: string): Form | null {
  let form = formCache.get(description);
  if (form === undefined) {
    form = null;
    const text = description.slice(0, 600);
    // Several examples or placeholders are alternative forms ("city name e.g. Paris … metar:<code>"), not one.
    const prefix = (text.match(CUES)?.length ?? 0) <= 1 ? PREFIX_FORMAT.exec(text) : null;
    if (prefix) form = { kind: 'prefix', prefix: `${prefix[1]!}:` };
    else if (DURATION_EXAMPLE.test(text)) form = { kind: 'duration' };
    if (formCache.size > 20000) formCache.clear();
    formCache.set(description, form);
  }
  return form;
}

const dependsCache = new Map<string, { param: string; value: string } | null>();
function dependsOn(description: string): { param: string; value: string } | null {
  let dep = dependsCache.get(description);
  if (dep === undefined) {
    const m = REQUIRED_WHEN.exec(description.slice(0, 400));
    dep = m ? { param: m[2]!, value: m[1]! } : null;
    if (dependsCache.size > 20000) dependsCache.clear();
    dependsCache.set(description, dep);
  }
  return dep;
}

type Props = Record<string, { description?: unknown; type?: unknown }>;

function checkArguments(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call) return;
    const op = record.operations[turn.call.operation];
    const props = ((op?.parameters as { properties?: Props } | undefined)?.properties ?? {}) as Props;
    const args = turn.call.arguments as Record<string, unknown>;
    for (const [name, value] of Object.entries(args)) {
      const description = props[name]?.description;
      if (typeof description !== 'string' || description === '') continue;
      const form = formOf(description);
      if (form && typeof value === 'string') {
        if (form.kind === 'duration' && !DURATION.test(value.trim())) add('described_format', at, `${turn.call.operation}: ${name} ${JSON.stringify(value)} is no duration, and its description gives one (e.g. "2d")`);
        if (form.kind === 'prefix' && !value.startsWith(form.prefix)) add('described_format', at, `${turn.call.operation}: ${name} ${JSON.stringify(value)} is not in the ${form.prefix}… form its description gives`);
      }
      const dep = dependsOn(description);
      const other = dep ? args[dep.param] : undefined;
      if (dep && other !== undefined && other !== dep.value) add('dependent_argument', at, `${turn.call.operation}: ${name} applies only when ${dep.param} is "${dep.value}", yet is sent with ${dep.param} ${JSON.stringify(other)}`);
    }
  });
}

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)\/?$/i;
const DOMAIN_ARG = /^(domain|domain_?name|host|hostname|url|site|website|fqdn)$/i;
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

function tldOf(domain: string): { tld: string; sld: string } {
  const labels = domain.toLowerCase().split('.');
  const two = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2;
  return { tld: labels.slice(two ? -2 : -1).join('.'), sld: labels[labels.length - (two ? 3 : 2)]! };
}

function checkDomains(record: DialogueRecord, add: Add): void {
  let called: string | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.action === 'call' && turn.call) {
      called = undefined;
      for (const [k, v] of Object.entries(turn.call.arguments as Record<string, unknown>)) {
        const m = typeof v === 'string' && DOMAIN_ARG.test(k) ? DOMAIN.exec(v.trim()) : null;
        if (m) called = m[1]!;
      }
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const visit = (node: unknown, depth: number): void => {
      if (!node || typeof node !== 'object' || depth > 6) return;
      if (Array.isArray(node)) {
        for (const item of node) visit(item, depth + 1);
        return;
      }
      const obj = node as Record<string, unknown>;
      const tld = typeof obj.tld === 'string' ? obj.tld.replace(/^\./, '').toLowerCase() : undefined;
      const sld = typeof obj.sld === 'string' ? obj.sld.toLowerCase() : undefined;
      if (tld !== undefined || sld !== undefined) {
        const ownText = [obj.domain, obj.domain_name, obj.domainName, obj.fqdn].find((v): v is string => typeof v === 'string' && DOMAIN.test(v));
        const domain = ownText !== undefined ? DOMAIN.exec(ownText)![1]! : called;
        if (domain !== undefined) {
          const parts = tldOf(domain);
          if (tld !== undefined && tld !== parts.tld) add('domain_parts', at, `${turn.operation}: tld "${tld}" is not that of ${domain}`);
          if (sld !== undefined && sld !== parts.sld) add('domain_parts', at, `${turn.operation}: sld "${sld}" is not that of ${domain}`);
        }
      }
      for (const v of Object.values(obj)) if (v && typeof v === 'object') visit(v, depth + 1);
    };
    visit(turn.result, 0);
  });
}

export function checkFields11(record: DialogueRecord, add: Add): void {
  checkArguments(record, add);
  checkDomains(record, add);
}
