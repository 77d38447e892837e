/** camelCase, snake_case or kebab-with-digits tokens that a person would not say as-is. */
export function looksLikeIdentifier(token: string): boolean {
  const bare = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (bare.length < 3) return false;
  if (/^[A-Za-z]+(_[A-Za-z0-9]+)+$/.test(bare)) return true; // snake_case
  if (/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(bare)) return true; // camelCase
  return false;
}
