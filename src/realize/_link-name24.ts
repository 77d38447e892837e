/**
 * A link is named by what it points to (bundled #9, #54: "The link is https://…/seatmap" left the user to guess):
 * `seatMapUrl` is "the seat map", `ticketUrl` "the ticket page"; a bare `url`, `href` or `link` stays "the link".
 */
import { humanizeIdentifier } from './words.ts';

const LINK_WORD = /\s*\b(url|uri|link|href|src|address)\b\s*/gi;
/** What is left of a key that says nothing a link is of ("the web link", "the external url"). */
const EMPTY = /^(web|external|public|direct|full|canonical|short|main|primary|self|api|resource|page|site|website|html|redirect)?$/;

/** "the seat map" for `seatMapUrl`; "the link" when the key names no thing. */
export function linkName24(key: string): string {
  const words = humanizeIdentifier(key).toLowerCase().replace(LINK_WORD, ' ').replace(/\s+/g, ' ').trim();
  if (EMPTY.test(words) || !/^[a-z][a-z ]*$/.test(words)) return 'the link';
  if (/\bdownload$/.test(words)) return `the ${words} link`;
  // "the ticket" of `ticketUrl` is a page about the ticket, not the ticket itself; a map, an image or a file is the thing.
  return /\b(map|image|photo|picture|logo|icon|thumbnail|poster|cover|file|document|pdf|video|audio|page|site|website|preview|stream|feed|avatar|banner|report|invoice|receipt)s?$/.test(words) ? `the ${words}` : `the ${words} page`;
}
