/**
 * Named groups are said with their members (QUALITY.md F), wave 24: rows "Airbus A330 family" holding models are
 * families, and a reply names each with its models ("the Airbus A330 family (Airbus A330-900)"), never "3 aircraft:
 * Airbus A330 family, …" with the models left out. A list of at most five such rows only.
 */
type Json = Record<string, unknown>;

const GROUP = /^(.+?)\s+(family|series)$/i;
const LABEL = /^(description|name|title|family|family_?name)$/i;
const MEMBER_NAME = /^(name|model|model_?name|title)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const joined = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** The reply for a list of named groups with their members (see the file comment), or undefined. */
export function groupSummary24(result: unknown): string | undefined {
  const list = Array.isArray(result) ? result : isRecord(result) ? Object.values(result).find((v) => Array.isArray(v) && v.length > 0) : undefined;
  if (!Array.isArray(list) || list.length === 0 || list.length > 5 || !list.every(isRecord)) return undefined;
  const rows = list as Json[];
  const label = Object.keys(rows[0]!).find((k) => LABEL.test(k) && typeof rows[0]![k] === 'string');
  if (label === undefined || !rows.every((r) => typeof r[label] === 'string' && GROUP.test(r[label] as string))) return undefined;
  const told: string[] = [];
  for (const row of rows) {
    const members = Object.values(row).find((v): v is Json[] => Array.isArray(v) && v.length > 0 && v.every(isRecord));
    const key = members === undefined ? undefined : Object.keys(members[0]!).find((k) => MEMBER_NAME.test(k));
    if (members === undefined || key === undefined) return undefined;
    const names = members.map((m) => m[key]).filter((n): n is string => typeof n === 'string');
    const more = names.length > 4 ? names.length - 3 : 0;
    told.push(`the ${row[label] as string} (${more > 0 ? `${joined(names.slice(0, 3))} and ${more} more` : joined(names)})`);
  }
  const kind = (GROUP.exec(rows[0]![label] as string)![2]!.toLowerCase() === 'series' ? 'series' : rows.length === 1 ? 'family' : 'families');
  const said = told.length === 1 ? told[0]! : `${told.slice(0, -1).join('; ')}; and ${told[told.length - 1]!}`;
  return `I found ${rows.length === 1 ? 'one' : rows.length} ${kind}: ${said}.`;
}
