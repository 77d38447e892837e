/** Reading one value out of a built result by a concrete path. */

/** The value at a concrete path such as `items[1].id` or `[0].name`; undefined when absent. */
export function valueAtPath(value: unknown, path: string): unknown {
  let node: unknown = value;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = part.startsWith('[') ? (node as unknown[])[Number(part.slice(1, -1))] : (node as Record<string, unknown>)[part];
  }
  return node;
}
