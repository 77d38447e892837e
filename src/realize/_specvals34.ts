/**
 * A result whose main content is an image or a file (a captcha, a QR code) says so (QUALITY.md F), wave 34:
 * "The captcha came back as a PNG image (about 40 bytes, base64-encoded), ready to show or save.", never only
 * "The ID is 22915." beside the image the user asked for. The encoded data itself is never read out (_blob.ts).
 */

const DATA_URI = /^data:([\w.+-]+)\/([\w.+-]+);base64,/;
/** A key that holds encoded image or file bytes without the data: prefix. */
const FILE_KEY = /(image|img|captcha|qr_?code|barcode|photo|picture|logo|avatar|thumbnail|base64|png|jpe?g|pdf|signature)/i;
const BASE64 = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9+/]{40,}={0,2}$/;
/** What the user asked for that an image or a file is. */
const THING = /\b(captcha|qr code|barcode|chart|map|screenshot|signature|thumbnail|avatar|logo|photo|picture|image|pdf|document|receipt|invoice|label|ticket)s?\b/i;
const WRAPPER = /^(data|result|body|payload|response|content)$/i;

interface Found {
  mime: string | undefined;
  bytes: number;
}

function sizeOf(text: string): number {
  const b64 = text.replace(/^data:[^,]*,/, '');
  return Math.max(1, Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0));
}

/** The one image or file in a record (or its wrapper object); undefined when none or several. */
function fileIn(result: unknown, depth = 0): Found | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const found: Found[] = [];
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    if (typeof value === 'string') {
      const m = DATA_URI.exec(value);
      if (m) found.push({ mime: `${m[1]}/${m[2]}`.toLowerCase(), bytes: sizeOf(value) });
      else if (FILE_KEY.test(key) && BASE64.test(value)) found.push({ mime: undefined, bytes: sizeOf(value) });
    } else if (depth === 0 && WRAPPER.test(key)) {
      const inner = fileIn(value, 1);
      if (inner) found.push(inner);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

function kindOf(mime: string | undefined): string {
  if (mime === undefined) return 'base64-encoded data';
  const [top, sub = ''] = mime.split('/');
  const name = sub.replace(/\+xml$/, '').replace(/^x-/, '').toUpperCase();
  if (top === 'image') return `${/^[AEIOU]/.test(name) || name === 'SVG' ? 'an' : 'a'} ${name === 'JPG' ? 'JPEG' : name} image`;
  if (sub === 'pdf') return 'a PDF file';
  if (top === 'audio') return 'an audio file';
  if (top === 'video') return 'a video file';
  return 'a file';
}

/** The sentence that tells the image or file a record holds, put before the rest of the summary; the summary as it was otherwise. */
export function withEmbeddedFile34(result: unknown, summary: string, request: string): string {
  if (summary === '' || /\b(base64|encoded|image|file)\b/i.test(summary)) return summary;
  const file = fileIn(result);
  if (file === undefined) return summary;
  const thing = THING.exec(request)?.[1]?.toLowerCase();
  const kind = kindOf(file.mime);
  const encoded = file.mime === undefined ? `about ${file.bytes} bytes` : `about ${file.bytes} bytes, base64-encoded`;
  const lead = thing !== undefined && !/^(image|photo|picture)$/.test(thing)
    ? `The ${thing} came back as ${kind} (${encoded}), ready to show or save.`
    : `It came back with ${kind} (${encoded}), ready to show or save.`;
  return `${lead} ${summary}`;
}

/** Path segments that are the API's root, a version or an action, not the record. */
const NOT_RECORD = /^(api|apis|rest|public|v\d+(\.\d+)?|\d+|get|list|search|find|info|details?|all|by|keys?|values?)$/i;

/**
 * A record's bare `value` ({id, value: "Asia Pacific"} of a custom field option) said with the record it is the value of
 * ("the custom field option value is Asia Pacific"), never "the value is Asia Pacific" that says nothing (QUALITY.md F),
 * wave 34. Undefined when the path names no record.
 */
export function valueOfRecord34(path: readonly string[], opPath: string | undefined): string | undefined {
  if (path.length !== 1 || !/^value$/i.test(path[0] ?? '') || opPath === undefined) return undefined;
  // Only a record read by its id (`/customFieldOption/{id}`): the segment before the id names it.
  const parts = opPath.replace(/\.(json|xml)$/i, '').split('/').filter((p) => p !== '');
  if (parts.length < 2 || !/^\{[^}]+\}$/.test(parts[parts.length - 1]!)) return undefined;
  const segment = parts[parts.length - 2];
  if (segment === undefined || NOT_RECORD.test(segment)) return undefined;
  if (!/^[A-Za-z][A-Za-z_-]{2,40}$/.test(segment)) return undefined;
  const words = segment.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().split(' ');
  const last = words.pop()!;
  const one = /ies$/.test(last) ? `${last.slice(0, -3)}y` : /(ss|us|is)$/.test(last) ? last : last.replace(/s$/, '');
  return `${[...words, one].join(' ')} value`;
}
