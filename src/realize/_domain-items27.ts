/**
 * An item of a list of domains ({domain: "rapidapi.co", tld: "co", created_at}) is said by its domain, never as
 * "the domain is rapidapi.co, the top-level domain is co" (QUALITY.md J). Only in a list: a single record's domain
 * is one of its fields.
 */
const DOMAIN_KEY = /^(domain|domain_?name|host_?name|fqdn)$/i;
const DOMAIN_VALUE = /^(?=.{4,80}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

export function domainName27(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  for (const [key, value] of Object.entries(item)) if (DOMAIN_KEY.test(key) && typeof value === 'string' && DOMAIN_VALUE.test(value)) return value;
  return undefined;
}
