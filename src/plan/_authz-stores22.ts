/** Stores of an authorization service (OpenFGA): each holds one app's permission model and is named for it. */

/** An API of relationship-based authorization, where a "store" is a permission store (by its name, title or description). */
const AUTHZ_API = /\b(openfga|fga|authori[sz]ation models?|relationship tuples?|zanzibar)\b/;
/** The word an operation's context gains from such an API (see `domainWords`). */
export function authzWord(o: { api: { name: string; title?: string }; description?: string }): string {
  return AUTHZ_API.test(`${o.api.name} ${o.api.title ?? ''} ${o.description ?? ''}`.toLowerCase()) ? ' fga' : '';
}
/** A context (an operation's words) of such an API. */
export const AUTHZ_CONTEXT = /\b(openfga|fga|zanzibar)\b/;

/** Names people give such stores: the app and what it guards, sometimes its environment. */
export const AUTHZ_STORES = [
  'Document Sharing', 'Expense Approvals', 'Team Drive Permissions', 'Wiki Access', 'Customer Portal Roles', 'Project Board Access',
  'Invoice Approvals', 'Clinic Records Access', 'Intranet Permissions', 'Code Review Access', 'Payroll Permissions', 'Support Desk Roles',
  'Asset Library Access', 'Docs App (staging)', 'Docs App (production)', 'Photo Albums Sharing', 'Helpdesk Tickets Access', 'Course Enrolment Roles',
];
