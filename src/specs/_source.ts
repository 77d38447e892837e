/**
 * Reading a spec file: JSON or YAML decided from the content (not the file name), syntax errors with
 * line and column, and JSON pointers mapped back to line:column for messages.
 */
import { LineCounter, Parser, parseDocument, isNode, isSeq, type Document } from 'yaml';
import { DialforgeError } from '../errors.ts';
import { decodePointerToken } from './_schema.ts';

export interface ParsedSource {
  text: string;
  syntax: 'json' | 'yaml';
  value: unknown;
  /** Kept for YAML so pointers can be mapped to lines without parsing again. */
  yamlDoc?: Document.Parsed;
  lineCounter?: LineCounter;
  /** JSON object keys written twice (JSON.parse keeps the last silently); YAML refuses them itself. */
  duplicateKeys?: { key: string; location: string }[];
}

/** Deeper documents are refused: no real spec nests this far, and every later walk would have to. */
export const MAX_NESTING = 256;
const MAX_DUPLICATES_REPORTED = 20;

/** Parse `text` as JSON when it looks like JSON, otherwise YAML. Throws DialforgeError (E_SPEC, E_PARSE). */
export function parseSource(text: string, file: string): ParsedSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new DialforgeError(
      'E_SPEC',
      'empty document: the file has no content. Expected an OpenAPI 3.x, Swagger 2.0 or RapidAPI tool JSON document.',
      { file },
    );
  }
  const first = body.trimStart()[0];
  const source: ParsedSource = first === '{' || first === '[' ? { text: body, syntax: 'json', value: parseJson(body, file) } : parseYaml(body, file);
  const depth = nestingDepth(source.value);
  if (depth > MAX_NESTING) {
    throw new DialforgeError('E_SPEC', `the document nests more than ${MAX_NESTING} levels deep (objects inside objects); no API spec needs that many. Flatten it.`, { file });
  }
  if (source.syntax === 'json') {
    const duplicates = duplicateJsonKeys(body);
    if (duplicates.length > 0) source.duplicateKeys = duplicates;
  }
  return source;
}

/** Depth of nested objects and lists, without recursion (a hostile file may nest 100,000 levels). */
function nestingDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) max = depth;
    if (max > MAX_NESTING) return max;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return max;
}

/** Keys written twice in one object of a (valid) JSON text, with where the second one is. */
function duplicateJsonKeys(text: string): { key: string; location: string }[] {
  const found: { key: string; at: number }[] = [];
  const frames: { keys: Set<string> | undefined; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length && found.length < MAX_DUPLICATES_REPORTED; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) break;
      const top = frames[frames.length - 1];
      if (top?.keys && top.expectKey) {
        const raw = text.slice(i, end + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key)) found.push({ key, at: i });
        else top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */) frames.push({ keys: new Set(), expectKey: true });
    else if (c === 91 /* [ */) frames.push({ keys: undefined, expectKey: false });
    else if (c === 125 /* } */ || c === 93 /* ] */) frames.pop();
    else if (c === 44 /* , */) {
      const top = frames[frames.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return found.map(({ key, at }) => {
    const { line, col } = lineColAt(text, at);
    return { key: key.length > 80 ? `${key.slice(0, 80)}…` : key, location: `${line}:${col}` };
  });
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; j >= 0 && text.charCodeAt(j) === 92; j--) backslashes++;
  return backslashes % 2 === 1;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(reason);
    const offset = match ? Number(match[1]) : text.length;
    const { line, col } = lineColAt(text, offset);
    const what = reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    throw new DialforgeError(
      'E_PARSE',
      `invalid JSON at line ${line}, column ${col}: ${what}. This is a JSON syntax error (not an OpenAPI validation problem): fix the JSON there (a trailing comma, a missing quote or an unclosed bracket or brace).`,
      { file, location: `${line}:${col}` },
    );
  }
}

function parseYaml(text: string, file: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const errorPos = lineCounter.linePos(error.pos[0]);
    let reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // An unclosed quote is noticed far from where it opened: point at the opening quote.
    const opened = error.code === 'MISSING_CHAR' ? quotedScalarAround(text, error.pos[0]) : undefined;
    const pos = opened === undefined ? errorPos : lineCounter.linePos(opened);
    if (opened !== undefined) reason += `: the quoted string that starts here is still open at line ${errorPos.line}, column ${errorPos.col}`;
    const more = doc.errors.length > 1 ? ` (${doc.errors.length - 1} more YAML error(s) after it)` : '';
    throw new DialforgeError(
      'E_PARSE',
      `invalid YAML at line ${pos.line}, column ${pos.col}: ${reason}${more}. This is a YAML syntax error (not an OpenAPI validation problem): fix that line (quotes, brackets and indentation; a multi-line quoted string must indent its continuation lines).`,
      { file, location: `${pos.line}:${pos.col}` },
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (cause) {
    throw new DialforgeError('E_PARSE', `cannot read the YAML: ${cause instanceof Error ? cause.message : String(cause)}`, { file, cause });
  }
  return { text, syntax: 'yaml', value, yamlDoc: doc, lineCounter };
}

export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}

/**
 * Maps JSON pointers to `line:col` in the source. Built lazily (only when a spec has issues): JSON
 * sources are re-read with the YAML parser, which keeps positions and reads JSON as well.
 */
export function pointerLocator(source: ParsedSource): (ptr: string) => string | undefined {
  let doc = source.yamlDoc;
  let counter = source.lineCounter;
  return (ptr: string) => {
    if (!ptr.startsWith('#')) return undefined;
    if (!doc || !counter) {
      counter = new LineCounter();
      doc = parseDocument(source.text, { lineCounter: counter });
      if (doc.errors.length > 0) return undefined;
    }
    const tokens = ptr === '#' ? [] : ptr.slice(2).split('/').map(decodePointerToken);
    let node: unknown = doc.contents;
    for (const token of tokens) {
      if (!isNode(node) || !('get' in node) || typeof node.get !== 'function') return undefined;
      const key = isSeq(node) ? Number(token) : token;
      const next: unknown = (node as { get(key: unknown, keepScalar: boolean): unknown }).get(key, true);
      if (next === undefined) return undefined;
      node = next;
    }
    if (!isNode(node) || !node.range) return undefined;
    const pos = counter.linePos(node.range[0]);
    return `${pos.line}:${pos.col}`;
  };
}

/** Offset of the quoted scalar (in the YAML token stream) that contains `offset`, if any. */
function quotedScalarAround(text: string, offset: number): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && typeof token.offset === 'number' && typeof token.source === 'string') {
      if (token.offset <= offset && offset <= token.offset + token.source.length) found = token.offset;
      return;
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}
