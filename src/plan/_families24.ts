/**
 * Members of a named group belong to it (QUALITY.md E), wave 24: the "Airbus A330 family" lists A330 models, never
 * the A320 and A318 drawn for a sibling row. Rows named "<stem> family" or "<stem> series" with a list of named
 * members get the members (of all rows) whose names start with the stem; a row left with none gets members named
 * after it ("Airbus A310-200", code "A312"). Pinned members stay where they are.
 */
type Json = Record<string, unknown>;

const GROUP = /^(.+?)\s+(family|series)$/i;
const LABEL = /^(description|name|title|family|family_?name)$/i;
const MEMBER_NAME = /^(name|model|model_?name|title)$/i;
const CODE = /^(code|icao|iata|type_?code|model_?code)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The key of a record's member list and the members' name key, if it has one. */
function membersOf(row: Json): { key: string; name: string } | undefined {
  for (const [key, v] of Object.entries(row)) {
    if (!Array.isArray(v) || !isRecord(v[0])) continue;
    const name = Object.keys(v[0]).find((k) => MEMBER_NAME.test(k) && typeof (v[0] as Json)[k] === 'string');
    if (name !== undefined) return { key, name };
  }
  return undefined;
}

/** Regroups the members of a list's named groups (see the file comment). */
export function groupMembers24(rows: unknown[], pinned: ReadonlySet<string>): void {
  const first = rows.find(isRecord);
  if (first === undefined || rows.length < 2) return;
  const label = Object.keys(first).find((k) => LABEL.test(k) && typeof first[k] === 'string' && GROUP.test(first[k] as string));
  const members = label === undefined ? undefined : membersOf(first);
  if (label === undefined || members === undefined) return;
  const groups = rows.filter((r): r is Json => isRecord(r) && typeof r[label] === 'string' && GROUP.test(r[label] as string) && Array.isArray(r[members.key]));
  const pool = groups.flatMap((g) => (g[members.key] as unknown[]).filter(isRecord));
  if (pool.some((m) => Object.values(m).some((v) => pinned.has(JSON.stringify(v))))) return;
  const nameOf = (m: Json): string => String(m[members.name] ?? '');
  for (const group of groups) {
    const stem = GROUP.exec(group[label] as string)![1]!;
    const own = pool.filter((m) => nameOf(m).toLowerCase().startsWith(stem.toLowerCase()));
    if (own.length > 0) {
      group[members.key] = own.filter((m, i) => own.findIndex((o) => nameOf(o) === nameOf(m)) === i);
      continue;
    }
    // None drawn: members named after the group, the way makers number variants.
    const shape = (group[members.key] as unknown[]).find(isRecord) ?? pool[0];
    if (shape === undefined) continue;
    const token = stem.split(/\s+/).pop()!;
    group[members.key] = [1, 2].map((n) => {
      const member: Json = { ...shape, [members.name]: /\d$/.test(stem) ? `${stem}-${n + 1}00` : `${stem} ${n === 1 ? 'Standard' : 'Extended'}` };
      const code = Object.keys(member).find((k) => CODE.test(k) && typeof member[k] === 'string');
      if (code !== undefined && /^[A-Z0-9]{3,}$/i.test(token)) member[code] = `${token.slice(0, 3).toUpperCase()}${n + 1}`;
      return member;
    });
  }
}
