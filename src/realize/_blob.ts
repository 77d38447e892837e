/**
 * Encoded data (base64 image bytes, a token) is never read out (QUALITY.md J): "The answer is U3VwcG9ubyBk…=" teaches
 * reading noise to the user. The response says what came back instead: encoded data, its size, what it likely is.
 */

/** A long run of base64 letters with mixed case and digits, or one padded with "=". */
const BLOB = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9+/_-]{32,}={0,2}$|^[A-Za-z0-9+/]{16,}={1,2}$/;

/** Is this value encoded data, not words? (A data: URL counts too.) */
export function isBlob(value: unknown): boolean {
  return typeof value === 'string' && (BLOB.test(value) || /^data:[\w.+-]+\/[\w.+-]+;base64,/.test(value));
}

/** What the encoded data most likely is, by the request's words. */
function thing(request: string): string {
  const m = /\b(image|picture|photo|logo|icon|thumbnail|avatar|audio|sound|video|pdf|document|file|certificate|signature|qr code|barcode)s?\b/i.exec(request);
  return m ? (m[1] ?? 'file').toLowerCase() : 'file';
}

/** "It came back as encoded data (about 56 bytes), most likely the image itself; …" for a result that is only that. */
export function blobSummary(result: unknown, request: string): string | undefined {
  const items = Array.isArray(result) ? result : [result];
  if (items.length === 0 || items.length > 5 || !items.every(isBlob)) return undefined;
  const sizes = items.map((b) => {
    const text = String(b).replace(/^data:[^,]*,/, '');
    return Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
  });
  const what = thing(request);
  const size = sizes.length === 1 ? `about ${sizes[0]} bytes` : `${sizes.length} pieces, about ${sizes.reduce((a, b) => a + b, 0)} bytes in all`;
  return `It came back as base64-encoded data (${size}) rather than readable text, most likely the ${what} itself; it can be decoded and saved as a file.`;
}
