/**
 * Two parameters of one resource are named by their roles (QUALITY.md H): Jira's PUT
 * /version/{id}/mergeto/{moveIssuesTo} takes two versions, so after "the version to move issues to is 66240",
 * "I'll need the version ID" asks which one all over again; "the ID of the version to merge" does not.
 */
import type { RecordOperation } from '../plan/types.ts';

/** `/{id}/mergeto/{other}`: the parameter before an action segment that leads to another parameter. */
const ACTION = /^(merge|move|copy|transfer|link|swap|convert|clone)(?:to|into|from|with)?$/i;

/** `noun` ("version ID") said by its role when the path acts from it onto another parameter of its kind. */
export function roleNoun(noun: string, param: string, op: RecordOperation | undefined): string {
  if (!op || !noun.endsWith(' ID')) return noun;
  const segments = op.path.split('/');
  const at = segments.indexOf(`{${param}}`);
  const action = at >= 0 ? ACTION.exec(segments[at + 1] ?? '') : null;
  if (!action || !/^\{[^}]+\}$/.test(segments[at + 2] ?? '')) return noun;
  return `ID of the ${noun.slice(0, -3)} to ${action[1]!.toLowerCase()}`;
}
