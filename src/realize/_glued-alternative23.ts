/**
 * An operation named for two alternatives glued together (QUALITY.md A), wave 23: "Top 200 songs by country /
 * global" reads "list top songs by country global" once its slash is gone; a person says "globally or for a country".
 */
const GLUED = /\bby (country|region|market|city|continent|territory) (?:or )?(global|worldwide)\b/i;

/** The request with a glued "by country global" said as the two alternatives it names. */
export function gluedAlternative(request: string): string {
  const m = GLUED.exec(request);
  if (!m) return request;
  const where = (m[2] ?? '').toLowerCase() === 'global' ? 'globally' : 'worldwide';
  return `${request.slice(0, m.index)}${where} or for a ${(m[1] ?? '').toLowerCase()}${request.slice(m.index + m[0].length)}`;
}
