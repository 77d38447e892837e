/**
 * A service's own resources live on the service's host (QUALITY.md E): a geomark's URL is
 * "https://apps.gov.bc.ca/pub/geomark/geomarks/gm-…", never "https://young-coast.com/". The chain's API site (its
 * base URL and the resource words of its paths) is settled with the API's home; a `<resource>Url` value is then
 * drawn on that site, with an id in its path, or in the shape of the spec's own example URL.
 */
import type { ApiInfo } from '../specs/types.ts';
import type { Rng } from '../random/index.ts';
import { alphanumeric, LOWER_ALNUM } from './_id-string.ts';

interface ApiSite {
  base: string;
  /** Singular resource words of the API's paths (`geomark` of `/geomarks/copy`). */
  resources: Set<string>;
}

let site: ApiSite | undefined;

const URL_NAME = /^(?:([a-z]+)_)?(url|uri|link|href|permalink)$/;
const HTTP = /^(https?:\/\/[^/\s?#]+)((?:\/[^/\s?#]+)*)\/([^/\s?#]+)$/;
/** A base URL with a real host: no template braces, no localhost, no bare IP. */
const REAL_BASE = /^https?:\/\/(?![^/]*[{}])(?!localhost\b)(?!\d+\.\d+\.\d+\.\d+)[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(\/[^\s{}]*)?$/i;

const singularWord = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The API's base URL: its first server (OpenAPI `servers`, Swagger `host`) with a real host. */
function baseOf(api: ApiInfo): string | undefined {
  for (const token of (api.provenance ?? '').split(/\s+/)) {
    const url = /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(token) ? `https://${token}` : token;
    if (REAL_BASE.test(url)) return url.replace(/\/+$/, '');
    // Only the servers come first in the provenance: a licence's URL is no base.
    if (!/^(https?:\/\/|[a-z0-9.-]+\.[a-z]{2,}$)/i.test(token)) break;
  }
  return undefined;
}

/** The site of an API with its operations' paths, or undefined when it has no base URL. */
function siteOf(api: ApiInfo, paths: readonly string[]): ApiSite | undefined {
  // A spec with no server (a RapidAPI tool) still serves its records from a site of its own name.
  const slug = api.title.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const base = baseOf(api) ?? (slug.length >= 3 ? `https://www.${slug}.com` : undefined);
  if (!base) return undefined;
  const resources = new Set<string>();
  for (const path of paths) for (const seg of path.split('/')) if (/^[a-z]{3,}$/i.test(seg)) resources.add(singularWord(seg.toLowerCase()));
  return { base, resources };
}

/** Sites per catalog (its key) and API: settled once, not per dialogue (the paths filter walked the whole catalog). */
const sites = new WeakMap<object, Map<ApiInfo, ApiSite | undefined>>();

/** Settles the site of the chain's first API (`paths` gives its operations' paths, asked once per catalog and API). */
export function settleApiSite(api: ApiInfo | undefined, catalog: object, paths: () => readonly string[]): void {
  if (!api) {
    site = undefined;
    return;
  }
  let byApi = sites.get(catalog);
  if (!byApi) sites.set(catalog, (byApi = new Map()));
  if (!byApi.has(api)) byApi.set(api, siteOf(api, paths()));
  site = byApi.get(api);
}

/** Forgets the settled site once a dialogue is planned: nothing planned outside one takes an earlier API's host. */
export function clearApiSite(): void {
  site = undefined;
}

/** An id-like last path segment: six or more id characters with a digit (`gm-abc…0bcislands`). */
function idLike(segment: string): boolean {
  return /^[A-Za-z0-9_-]{6,}$/.test(segment) && /\d/.test(segment);
}

/** The segment redrawn character by character in its own alphabets; a short prefix before a dash is kept. */
function redrawn(segment: string, rng: Rng): string {
  const prefix = /^[A-Za-z]{1,4}[-_]/.exec(segment)?.[0] ?? '';
  const body = segment.slice(prefix.length).replace(/[a-z]/g, () => 'abcdefghijkmnopqrstuvwxyz'.charAt(rng.int(0, 24))).replace(/[A-Z]/g, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ'.charAt(rng.int(0, 23))).replace(/\d/g, () => String(rng.int(0, 9)));
  return `${prefix}${body}`;
}

/**
 * A URL of the API's own resource, or undefined: the spec's example URL with its id redrawn (host and path
 * kept), or, for a `<resource>_url` whose resource the API's paths name, `<base>/<resources>/<id>`.
 */
export function ownResourceUrl(name: string, examples: readonly unknown[], rng: Rng): string | undefined {
  const m = URL_NAME.exec(name);
  if (!m) return undefined;
  const example = examples.find((v): v is string => typeof v === 'string' && HTTP.test(v.trim()));
  const parts = example ? HTTP.exec(example.trim()) : null;
  if (parts && idLike(parts[3]!)) return `${parts[1]!}${parts[2]!}/${redrawn(parts[3]!, rng)}`;
  const resource = m[1];
  if (!site || !resource || !site.resources.has(singularWord(resource))) return undefined;
  const plural = resource.endsWith('s') ? resource : resource.endsWith('y') ? `${resource.slice(0, -1)}ies` : `${resource}s`;
  return `${site.base}/${plural}/${alphanumeric(rng, 4, 'abcdefghijkmnopqrstuvwxyz')}${alphanumeric(rng, 8, LOWER_ALNUM)}${rng.int(0, 9)}`;
}

/** The base URL of the chain's first API, when its spec names a real host: where its own files are served. */
export function siteBase(): string | undefined {
  return site?.base;
}

/** The singular resource words of the chain's first API's paths (empty when no site is settled). */
export function siteResources(): ReadonlySet<string> {
  return site?.resources ?? new Set();
}
