/**
 * A search of user groups by a part of their names (Jira's group picker: "groups with substrings matching a given
 * query", Keycloak's or GitLab's group search), wave 35. The query was a brand word turned into digits ("67010") and
 * the groups "Travel 67010"; a person types a word of a group's name ("dev"), the groups found contain it naturally
 * ("developers", "dev-leads"), and a group left out (`exclude`) is a group of the same kind.
 */
import type { Operation } from '../specs/types.ts';
import type { Rng } from '../random/index.ts';
import type { PlanOperation, PlanParam } from './_catalog-types.ts';

/** Words a person types to find groups, each with group names that contain it. */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  dev: ['developers', 'dev-leads', 'devops', 'web-developers', 'developers-emea'],
  admin: ['administrators', 'site-admins', 'project-admins', 'admins-emea'],
  support: ['support-team', 'customer-support', 'support-leads', 'it-support'],
  users: ['software-users', 'service-desk-users', 'users-external', 'core-users'],
  qa: ['qa-engineers', 'qa-leads', 'qa-automation'],
  sales: ['sales-team', 'sales-emea', 'presales', 'sales-ops'],
  design: ['design-team', 'ux-design', 'design-reviewers'],
};
const TERMS = Object.keys(GROUPS);

/** `/groups`, `/groups/picker`, `/user-groups/search`: the groups themselves, never their members (`/group/member`). */
const GROUP_PATH = /\/(user-?)?groups?(\/(picker|search|find))?\/?$/i;
const MATCHED = /\b(substrings?|contain(s|ing)?|match(es|ing)?|search(es|ing)?|picker|filter(s|ed)?)\b/i;
const QUERY = /^(q|query|search|filter|term|name_?filter|search_?term)$/i;
const EXCLUDE = /^(exclude|excluded|exclude_?groups?|excluded_?groups?|skip)$/i;

/** Whether the operation searches user groups by a text of their names. */
export function isGroupSearch35(op: Pick<Operation, 'path' | 'summary' | 'description'>): boolean {
  if (!GROUP_PATH.test(op.path)) return false;
  return MATCHED.test(`${op.summary ?? ''} ${op.description ?? ''} ${op.path}`);
}

/** The value of a group search's query (a word of group names) or excluded group (one such name); undefined for other parameters. */
export function groupSearchValue35(op: PlanOperation, p: PlanParam, rng: Rng): string | undefined {
  const type = p.schema.type;
  if ((type !== undefined && type !== 'string') || op.operation.effect !== 'read' || !isGroupSearch35(op.operation)) return undefined;
  if (QUERY.test(p.name)) return rng.pick(TERMS);
  if (EXCLUDE.test(p.name)) return rng.pick(rng.pick(TERMS.map((t) => GROUPS[t]!)));
  return undefined;
}

const LABEL = /^(name|group_?name|groupName|title|label|display_?name|displayName)$/;

const ALL_NAMES = TERMS.flatMap((t) => GROUPS[t]!);

/**
 * The groups a group search lists are named as user groups are ("Travel", "Business Dev" are categories): all of
 * them contain its query when it has one, and none is the group it excluded.
 */
export function fitGroupSearch35(result: unknown, args: Readonly<Record<string, unknown>>, op: Pick<Operation, 'path' | 'summary' | 'description'>, kept: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object' || !isGroupSearch35(op)) return;
  const query = Object.entries(args).find(([k, v]) => QUERY.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const excluded = Object.entries(args).find(([k, v]) => EXCLUDE.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const q = query?.toLowerCase();
  const lists = Array.isArray(result) ? [result] : Object.values(result as Record<string, unknown>).filter(Array.isArray);
  for (const list of lists) {
    const records = (list as unknown[]).filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item));
    const keyOf = (rec: Record<string, unknown>): string | undefined => Object.keys(rec).find((k) => LABEL.test(k) && typeof rec[k] === 'string');
    const named = records.filter((rec) => keyOf(rec) !== undefined);
    if (named.length === 0) continue;
    const stay = new Set(named.filter((rec) => kept.has(JSON.stringify(rec[keyOf(rec)!]))).map((rec) => rec[keyOf(rec)!]));
    // Without a query, any groups; the start is drawn from the names already there, so the same input gives the same groups.
    const start = named.reduce((n, rec) => n + String(rec[keyOf(rec)!]).length, 0);
    const base = q === undefined ? ALL_NAMES.map((_, i) => ALL_NAMES[(start + i * 5) % ALL_NAMES.length]!) : (GROUPS[q] ?? [q, `${q}-team`, `${q}-leads`, `${q}-admins`].filter((n) => n.includes(q)));
    const free = base.filter((n) => n !== excluded && !stay.has(n));
    let i = 0;
    for (const rec of named) {
      const key = keyOf(rec)!;
      if (stay.has(rec[key]) || i >= free.length) continue;
      rec[key] = free[i++]!;
    }
  }
}
