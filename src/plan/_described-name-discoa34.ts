/**
 * A record described by its name says that name back (QUALITY.md E), wave 34: `/ips/pool-info` sent
 * `pool: "Transactional"` returns `{name: "Transactional", ips: [{pool: "Transactional"}, …]}`, never a pool named
 * "Cobalt" whose addresses sit in "Main Pool". Only where the path's last segment is the sent parameter's noun and
 * an info word (`pool-info`, `tag_details`, `describe-queue`), the root has a `name` and no field named like the
 * parameter; one pass over the root and its lists' records.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const INFO_WORD = /^(?:info|details?|describe|description)$/;
/** A parameter that is a code rather than a name: an id, key, token or slug. */
const CODE_PARAM = /(?:id|ids|key|token|slug|uuid|code)$/i;

/** The sent argument naming the record the path describes (`pool` of `pool-info.json`), if any. */
function describedArg(args: Readonly<Json>, path: string): [string, string] | undefined {
  const last = (path.split('/').filter((s) => s !== '' && !s.startsWith('{')).pop() ?? '').replace(/\.[a-z]+$/i, '');
  const words = last.toLowerCase().split(/[-_.]+/);
  if (words.length !== 2 || !words.some((w) => INFO_WORD.test(w))) return undefined;
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== 'string' || CODE_PARAM.test(key) || !/\p{L}/u.test(value) || value.length > 60) continue;
    if (words.includes(key.toLowerCase())) return [key, value];
  }
  return undefined;
}

/** The root `name` and the root lists' `<param>` fields hold the sent value (see the file comment). */
export function echoDescribedName34(result: unknown, args: Readonly<Json>, path: string | undefined, pinnedPaths: readonly string[]): void {
  if (path === undefined || !isRecord(result) || typeof result.name !== 'string') return;
  const sent = describedArg(args, path);
  if (sent === undefined) return;
  const [key, value] = sent;
  if (key in result || pinnedPaths.includes('name')) return;
  result.name = value;
  for (const [field, list] of Object.entries(result)) {
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (isRecord(item) && typeof item[key] === 'string' && !pinnedPaths.includes(`${field}[${i}].${key}`)) item[key] = value;
    });
  }
}
