/**
 * A `url`/`link`/`href` whose value is a bare slug ("manchester-england-united-kingdom": no scheme, no dot, no
 * slash) is an identifier, not an address a user can open: never read out as "the URL is …" (QUALITY.md J).
 */
const LINK_KEY = /^(url|link|href|uri)$/i;
const BARE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)+$/;

export const slugUrl29 = (key: string, value: unknown): boolean => typeof value === 'string' && LINK_KEY.test(key) && BARE_SLUG.test(value);
