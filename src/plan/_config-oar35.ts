/**
 * A read that serves a configuration and documents no response (bcgov's `GET /keycloak`: "serves keycloak config",
 * `GET /config`: "serves general configuration"), wave 35. It answered an id and a brand name ("the name is
 * Vertex"); a configuration holds settings: a sign-in server's realm, address and client, or a service's
 * environment and version. Undefined for any other operation.
 */
import type { Operation } from '../specs/types.ts';
import { identifierWords } from '../text/index.ts';

const CONFIG = /\b(config|configuration|configurations|settings)\b/i;
const SIGN_IN = /\b(keycloak|oidc|openid|sso|single sign-on|oauth2?|auth|authentication|login)\b/i;

/** The API's short name for its realm and client ("gwells" of `bcgov__gwells`). */
function shortName(op: Operation): string {
  const id = (op.api.name.split('__').pop() ?? op.api.name).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'app';
}

export function configFields35(op: Operation): { path: string; schema: Record<string, unknown> }[] | undefined {
  if (op.effect !== 'read' || op.inputs.some((p) => p.required && p.in === 'path')) return undefined;
  const text = `${identifierWords(op.name).join(' ')} ${op.summary ?? ''} ${(op.description ?? '').split(/[.\n]/)[0]}`;
  if (!CONFIG.test(text) || !/^\s*(serves?|gets?|returns?|provides?|exposes?|reads?)\b|^\s*\S+ (config|configuration|settings)\s*$/i.test(`${op.summary ?? op.description ?? ''}`)) return undefined;
  const name = shortName(op);
  if (SIGN_IN.test(`${text} ${op.path}`)) {
    return [
      { path: 'realm', schema: { type: 'string', const: name } },
      { path: 'auth_server_url', schema: { type: 'string', const: `https://sso.${name}.example.org/auth` } },
      { path: 'client_id', schema: { type: 'string', const: `${name}-web` } },
      { path: 'public_client', schema: { type: 'boolean', const: true } },
    ];
  }
  return [
    { path: 'environment', schema: { type: 'string', const: 'production' } },
    ...(op.api.version && /^\d+(\.\d+)*$/.test(op.api.version) ? [{ path: 'version', schema: { type: 'string', const: op.api.version } }] : []),
    { path: 'maintenance_mode', schema: { type: 'boolean', const: false } },
    { path: 'default_page_size', schema: { type: 'integer', enum: [10, 20, 25, 50] } },
  ];
}
