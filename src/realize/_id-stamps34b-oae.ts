/**
 * Items that are only an id and one moment (`{id, deleted_at}`, the ids of worklogs deleted since a time) are each
 * said by their id (wave 34b): "13654 was deleted on March 6", never three bare "it was deleted on …".
 */
const ID_KEY = /^(id|[a-z]+_?id|[a-z]+Id)$/i;

/** Each part "it was deleted on …" of such an item becomes "13654 was deleted on …", in place. */
export function idLedParts34b(items: readonly unknown[], parts: string[]): void {
  if (!parts.every((p) => p.startsWith('it '))) return;
  const ids = items.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const entries = Object.entries(item as Record<string, unknown>);
    if (entries.length !== 2) return undefined;
    const id = entries.find(([k, v]) => ID_KEY.test(k) && (typeof v === 'string' || typeof v === 'number'));
    return id === undefined || !/^[\w-]{1,24}$/.test(String(id[1])) ? undefined : String(id[1]);
  });
  if (ids.some((id) => id === undefined)) return;
  for (let i = 0; i < parts.length; i++) parts[i] = `${ids[i]}${parts[i]!.slice(2)}`;
}
