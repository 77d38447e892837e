/**
 * Relationship tuples of an authorization store (OpenFGA) fit that store (QUALITY.md E, openapi #163, wave 26): the
 * "Photo Albums Sharing" store holds tuples on `album:` and `photo:` objects, never on `document:2021-budget`; and a
 * tuple's `condition.name` is a condition ("in_business_hours"), never a store's name ("Expense Approvals").
 * Values the chain reads or the user sent are left alone. No randomness: a choice is a hash of the value replaced.
 */
import { AUTHZ_STORES } from './_authz-stores22.ts';

type Json = Record<string, unknown>;

/** The object types of each store's app, with a few object ids of each. */
const STORE_OBJECTS: Readonly<Record<string, ReadonlyArray<readonly [string, readonly string[]]>>> = {
  'Document Sharing': [['document', ['roadmap', 'design-doc', 'meeting-notes', 'budget-2025']], ['folder', ['shared', 'drafts']]],
  'Expense Approvals': [['expense_report', ['q1-travel', 'march-2025', 'offsite-2025']], ['cost_center', ['marketing', 'engineering']]],
  'Team Drive Permissions': [['folder', ['team-drive', 'design-assets', 'contracts']], ['file', ['launch-plan.pdf', 'logo.svg']]],
  'Wiki Access': [['page', ['onboarding', 'release-process', 'style-guide']], ['space', ['engineering', 'people-ops']]],
  'Customer Portal Roles': [['account', ['acme-corp', 'globex']], ['invoice', ['inv-1042', 'inv-1077']]],
  'Project Board Access': [['board', ['q3-launch', 'website-redesign']], ['card', ['login-bug', 'pricing-page']]],
  'Invoice Approvals': [['invoice', ['inv-2025-0142', 'inv-2025-0188', 'inv-2025-0203']], ['vendor', ['office-supplies', 'cloud-hosting']]],
  'Clinic Records Access': [['patient_record', ['pr-10482', 'pr-10517']], ['clinic', ['north-branch', 'city-centre']]],
  'Intranet Permissions': [['page', ['holiday-calendar', 'it-policies', 'benefits']], ['section', ['hr', 'finance']]],
  'Code Review Access': [['repository', ['payments-api', 'web-frontend', 'mobile-app']], ['pull_request', ['pr-482', 'pr-517']]],
  'Payroll Permissions': [['payslip', ['2025-05-emp-1042', '2025-06-emp-1077']], ['employee', ['emp-1042', 'emp-1077']]],
  'Support Desk Roles': [['ticket', ['tkt-20931', 'tkt-20977']], ['queue', ['billing', 'technical', 'returns']]],
  'Asset Library Access': [['asset', ['brand-logo', 'hero-banner', 'product-shot-12']], ['collection', ['spring-campaign', 'press-kit']]],
  'Docs App (staging)': [['document', ['test-plan', 'release-notes', 'roadmap']], ['folder', ['qa', 'drafts']]],
  'Docs App (production)': [['document', ['roadmap', 'release-notes', 'handbook']], ['folder', ['company', 'legal']]],
  'Photo Albums Sharing': [['album', ['summer-2024', 'wedding', 'family-trip']], ['photo', ['beach-sunset', 'birthday-cake', 'mountain-view']]],
  'Helpdesk Tickets Access': [['ticket', ['hd-3301', 'hd-3342', 'hd-3378']], ['team', ['first-line', 'escalations']]],
  'Course Enrolment Roles': [['course', ['intro-to-python', 'data-ethics', 'spanish-a1']], ['lesson', ['week-1', 'week-2']]],
};

/** Conditions people write into authorization models (snake case, saying when the grant holds). */
const CONDITIONS = ['in_business_hours', 'non_expired_grant', 'ip_in_allowed_range', 'within_region', 'before_expiry', 'on_company_network'];
const CONDITION_NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;
const OBJECT_VALUE = /^[a-z][a-z0-9_]*:[^\s:]+$/;
const STORE_SET = new Set(AUTHZ_STORES);

function hashOf(text: string): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/** Every string an argument holds (a tuple key sent by the user included). */
function stringsOf(value: unknown, out: Set<string>, depth = 0): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object' && depth < 5) for (const v of Object.values(value as Json)) stringsOf(v, out, depth + 1);
  return out;
}

/** The store a call reads: the earlier (or this) record whose id is the `store_id` sent, if it names one of the stores. */
function storeOf(args: Readonly<Json>, records: readonly unknown[]): string | undefined {
  const id = Object.entries(args).find(([k]) => /^store_?id$/i.test(k))?.[1];
  if (typeof id !== 'string') return undefined;
  let found: string | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (found !== undefined || !node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    if (obj['id'] === id && typeof obj['name'] === 'string' && STORE_SET.has(obj['name'])) found = obj['name'];
    else for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  records.forEach((r) => visit(r, 0));
  return found;
}

/** Fit the tuples of an authorization store's result to the store (see the file comment). */
export function fitAuthzTuples26(result: unknown, args: Readonly<Json>, earlier: readonly unknown[], pinned: ReadonlySet<string>): void {
  const sent = stringsOf(args, new Set());
  const kept = (v: unknown): boolean => pinned.has(JSON.stringify(v)) || (typeof v === 'string' && sent.has(v));
  const store = storeOf(args, [...earlier, result]);
  const objects = store !== undefined && !Object.keys(args).some((k) => /^(type|object|object_type)$/.test(k)) ? STORE_OBJECTS[store] : undefined;
  let seen = 0; // tuples of one result are on different objects, mostly: the n-th takes the n-th choice
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    const tuple = typeof obj['object'] === 'string' && OBJECT_VALUE.test(obj['object']) && ('relation' in obj || 'user' in obj);
    if (tuple && objects !== undefined && !kept(obj['object'])) {
      const all = objects.flatMap(([type, ids]) => ids.map((id) => `${type}:${id}`));
      obj['object'] = all[(hashOf(obj['object'] as string) + seen++) % all.length]!;
    }
    const condition = tuple ? obj['condition'] : undefined;
    if (condition && typeof condition === 'object' && !Array.isArray(condition)) {
      const c = condition as Json;
      if (typeof c['name'] === 'string' && !kept(c['name']) && (!CONDITION_NAME.test(c['name']) || STORE_SET.has(c['name']))) c['name'] = CONDITIONS[(hashOf(c['name']) + seen) % CONDITIONS.length]!;
    }
    for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  visit(result, 0);
}
