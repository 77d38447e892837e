/**
 * A link of a result that names an argument in its path (`…/api/stars/4/128x24.png` for `stars=1`) names the
 * value sent (`…/stars/1/…`): a spec's example link keeps the example's value otherwise (QUALITY.md E).
 */
type Json = Record<string, unknown>;

type Scalar = string | number;

const PAGING = /^(page|pages|page_?number|offset|limit|cursor|start|per_?page|page_?size|size|skip|take|after|before)$/i;

/** The scalar arguments whose values can sit in a path segment (no slash, short). */
function linkable(args: Readonly<Json>): Array<[string, Scalar]> {
  const out: Array<[string, Scalar]> = [];
  for (const [name, value] of Object.entries(args)) {
    // A paging argument is not echoed: a next-page link names the page after the one sent.
    if (!/^[a-z][a-z_]{2,}$/i.test(name) || PAGING.test(name)) continue;
    if (typeof value === 'number' || (typeof value === 'string' && /^[\w.-]{1,40}$/.test(value))) out.push([name, value]);
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rewrites `/<arg>/<other>/` in the result's links to `/<arg>/<sent>/`. */
export function argsInLinks(result: unknown, args: Readonly<Json>): void {
  const sent = linkable(args);
  if (sent.length === 0) return;
  const patterns = sent.map(([name, value]) => [new RegExp(`(/${escape(name)}/)([^/?#]+)(?=/)`, 'gi'), String(value)] as const);
  const walk = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 8) return;
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (typeof value === 'string') {
        if (!value.includes('/')) continue;
        let next = value;
        for (const [re, v] of patterns) next = next.replace(re, (_m, head: string) => `${head}${v}`);
        obj[key] = next;
      } else walk(value, depth + 1);
    }
  };
  walk(result, 0);
}
