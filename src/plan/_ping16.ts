/**
 * A ping answers pong (QUALITY.md E): a health check's own answer field says PONG!/ok, never a drawn code like
 * "PNG-34659". Values the chain reads are kept.
 */

const PING_OP = /(^|_)(ping\d*|health_?check|healthcheck|heartbeat)(_|$)/;
const ANSWER_KEY = /^(ping|pong|message|msg|result|response|reply)$/;
const STATUS_KEY = /^(status|state|health)$/;

/** `name` is the operation's name in snake-case words; `pinned` the concrete paths the chain reads. */
export function pingAnswersPong(result: unknown, name: string, path: string, pinned: ReadonlySet<string>): void {
  if (!PING_OP.test(name) && !/\/(ping|health|healthz|heartbeat)(\.json)?\/?$/i.test(path)) return;
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const obj = result as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'string' || pinned.has(key)) continue;
    const k = key.toLowerCase();
    if (ANSWER_KEY.test(k)) obj[key] = 'PONG!';
    else if (STATUS_KEY.test(k) && !/^(ok|up|healthy|pass|alive)$/i.test(value)) obj[key] = 'ok';
  }
}
