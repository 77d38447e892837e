/**
 * Makes any network access during a test fail loudly and be recorded: spec loading must never fetch
 * (external `$ref`s are reported, not resolved). Covers fetch, http(s), raw sockets and DNS.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

export const networkAttempts: string[] = [];

export function forbidNetwork(): void {
  const deny = (what: string) =>
    ((..._args: unknown[]) => {
      networkAttempts.push(what);
      throw new Error(`network access attempted during a test: ${what}`);
    }) as never;
  globalThis.fetch = deny('fetch');
  http.request = deny('http.request');
  http.get = deny('http.get');
  https.request = deny('https.request');
  https.get = deny('https.get');
  net.connect = deny('net.connect');
  net.createConnection = deny('net.createConnection');
  tls.connect = deny('tls.connect');
  dns.lookup = deny('dns.lookup');
  // Named imports (`import { request } from 'node:http'`) see the stubs too.
  syncBuiltinESMExports();
}
