/**
 * Links to a real service are on that service (QUALITY.md E), wave 32: a link field whose key or parent names a
 * known service (`external_urls.spotify`, `youtubeUri`, `flickrUri`, `twitter_url`) points at the service's own
 * host, with a path of the record it belongs to ("https://open.spotify.com/artist/<its id>",
 * "https://www.youtube.com/@bcgovtechnology"), never at a made-up domain ("https://winged-swanling.biz/").
 * A handle for such a service (`twitterFeedUsername`) is the owner's, made of its name, never a person's login.
 * Values the call sent or the chain reads stay.
 */
import { PEOPLE_NAMES } from '../world/index.ts';
import { walk } from './_order22.ts';

type Json = Record<string, unknown>;

const SERVICE = /(spotify|youtube|flickr|twitter|facebook|instagram|linkedin|github|tiktok|soundcloud|wikipedia)/i;
const HOSTS: Readonly<Record<string, readonly string[]>> = {
  spotify: ['spotify.com'], youtube: ['youtube.com', 'youtu.be'], flickr: ['flickr.com'], twitter: ['twitter.com', 'x.com'],
  facebook: ['facebook.com', 'fb.com'], instagram: ['instagram.com'], linkedin: ['linkedin.com'], github: ['github.com'],
  tiktok: ['tiktok.com'], soundcloud: ['soundcloud.com'], wikipedia: ['wikipedia.org'],
};
const SPOTIFY_KINDS = /^(artist|album|track|playlist|show|episode|audiobook|user)$/;
const SPOTIFY_ID = /^[A-Za-z0-9]{22}$/;
const NAME_KEY = /^(name|title|display_?name|full_?name|company|organi[sz]ation|brand)$/i;
const HANDLE_KEY = /(user_?name|handle|screen_?name|account)$/i;
const BASE62 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A Spotify-shaped id (22 base-62 characters), the same for the same seed. */
function spotifyId(seed: string): string {
  let h = hashOf(seed), out = '';
  for (let i = 0; i < 22; i++) {
    h = Math.imul(h ^ (h >>> 13), 1274126177) >>> 0;
    out += BASE62[h % 62];
  }
  return out;
}

const squash = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

interface Owner {
  record: Json;
  /** The API's provider word (`bcgov` of `bcgov__news`). */
  provider: string;
}

/** The owner's handle: its name squashed, a one-word name after the API's provider ("bcgovtechnology"). */
function handleOf(owner: Owner): string | undefined {
  const name = Object.entries(owner.record).find(([k, v]) => NAME_KEY.test(k) && typeof v === 'string' && squash(v).length >= 3)?.[1] as string | undefined;
  if (name === undefined) return undefined;
  const words = name.trim().split(/\s+/).length;
  const handle = squash(words === 1 && owner.provider.length >= 2 ? `${owner.provider} ${name}` : name);
  return handle.length >= 3 ? handle.slice(0, 30) : undefined;
}

function linkOf(service: string, owner: Owner, value: string): string | undefined {
  if (service === 'spotify') {
    const type = typeof owner.record.type === 'string' && SPOTIFY_KINDS.test(owner.record.type) ? owner.record.type : 'artist';
    const id = typeof owner.record.id === 'string' && SPOTIFY_ID.test(owner.record.id) ? owner.record.id : spotifyId(value);
    return `https://open.spotify.com/${type}/${id}`;
  }
  const handle = handleOf(owner);
  if (handle === undefined) return undefined;
  switch (service) {
    case 'youtube': return `https://www.youtube.com/@${handle}`;
    case 'flickr': return `https://www.flickr.com/photos/${handle}/`;
    case 'twitter': return `https://x.com/${handle}`;
    case 'facebook': return `https://www.facebook.com/${handle}`;
    case 'instagram': return `https://www.instagram.com/${handle}/`;
    case 'linkedin': return `https://www.linkedin.com/company/${handle}`;
    case 'github': return `https://github.com/${handle}`;
    case 'tiktok': return `https://www.tiktok.com/@${handle}`;
    case 'soundcloud': return `https://soundcloud.com/${handle}`;
    case 'wikipedia': {
      const name = Object.entries(owner.record).find(([k, v]) => NAME_KEY.test(k) && typeof v === 'string')?.[1] as string;
      return `https://en.wikipedia.org/wiki/${encodeURIComponent(name.trim().replace(/\s+/g, '_'))}`;
    }
    default: return undefined;
  }
}

const hostOf = (url: string): string => /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
const onService = (service: string, url: string): boolean => HOSTS[service]!.some((h) => hostOf(url) === h || hostOf(url).endsWith(`.${h}`));

/** Service links and handles of a result fitted to their service and owner, in place (see the file comment). */
export function settleServiceLinks32(result: unknown, api: string, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  // Cheap bail: no service is named anywhere in the result's keys.
  if (!SERVICE.test(JSON.stringify(result).replace(/:"[^"]*"/g, ''))) return;
  const sent = new Set(Object.values(args).filter((v): v is string => typeof v === 'string'));
  const keep = (v: string): boolean => sent.has(v) || pinned.has(JSON.stringify(v));
  visit(result, undefined, '', { provider: (api.split('__')[0] ?? '').replace(/[^a-z0-9]/gi, '').toLowerCase(), keep }, 0);
}

interface Ctx {
  provider: string;
  keep: (v: string) => boolean;
}

function visit(node: unknown, owner: Json | undefined, parent: string, ctx: Ctx, depth: number): void {
  if (node === null || typeof node !== 'object' || depth > 8) return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item, undefined, parent, ctx, depth + 1);
    return;
  }
  const obj = node as Json;
  // A link group (`external_urls`, `social`) belongs to the record that holds it.
  const own = Object.keys(obj).some((k) => NAME_KEY.test(k) || k === 'id') ? obj : owner ?? obj;
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'string') {
      visit(value, own, key, ctx, depth + 1);
      continue;
    }
    const service = (SERVICE.exec(key) ?? SERVICE.exec(parent))?.[1]?.toLowerCase();
    // A picture on the service's CDN (`facebookPictureUri`) is no page of it.
    if (service === undefined || ctx.keep(value) || /(picture|image|photo|avatar|logo|thumbnail|icon|banner)/i.test(key)) continue;
    const who = { record: own, provider: ctx.provider };
    if (/^https?:\/\//i.test(value)) {
      if (onService(service, value)) continue;
      const link = linkOf(service, who, value);
      if (link !== undefined) obj[key] = link;
    } else if (HANDLE_KEY.test(key) && service !== 'spotify' && service !== 'wikipedia' && /^@?[A-Za-z0-9_.]+$/.test(value)) {
      const handle = handleOf(who);
      if (handle !== undefined) obj[key] = value.startsWith('@') ? `@${handle}` : handle;
    }
  }
}

/** An email's recipients and sender (`to`, `cc`, `from`) beside its `subject` or `from_email` are addresses, never a day. */
const MAIL_PARTY = /^(to|cc|bcc|from|reply_to)$/;
const MAIL_SIGN = /^(subject|from_email|from_name|sender_email|to_email)$/;
const MAIL_HOSTS = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'icloud.com', 'fastmail.com'];

export function settleMailParties32(result: unknown, pinned: ReadonlySet<string>): void {
  walk(result, (obj) => {
    const keys = Object.keys(obj);
    if (keys.some((k) => MAIL_SIGN.test(k.toLowerCase()))) {
      for (const key of keys) {
        const value = obj[key];
        if (!MAIL_PARTY.test(key.toLowerCase()) || typeof value !== 'string' || value.includes('@') || pinned.has(JSON.stringify(value))) continue;
        const h = hashOf(`${key}:${value}`);
        const first = PEOPLE_NAMES.first[h % PEOPLE_NAMES.first.length]!, last = PEOPLE_NAMES.last[(h >>> 8) % PEOPLE_NAMES.last.length]!;
        obj[key] = `${squash(first)}.${squash(last)}@${MAIL_HOSTS[(h >>> 16) % MAIL_HOSTS.length]}`;
      }
    }
  });
}
