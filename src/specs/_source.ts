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
}

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
  if (first === '{' || first === '[') return { text: body, syntax: 'json', value: parseJson(body, file) };
  return parseYaml(body, file);
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
