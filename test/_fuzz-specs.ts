/**
 * The spec fuzzer shared by test/specs-fuzz.test.ts (a few dozen mutations) and bench/fuzz-specs.ts (as
 * many as asked): fast-check draws mutations of the fixture specs (truncation, type swaps, deleted keys,
 * $ref cycles and trees, deep nesting, huge strings, bad bytes); a child process loads them one by one
 * under a per-file time budget, so a hang or an out-of-memory crash is seen and counted, not suffered.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from './_shared.ts';

type Obj = Record<string, unknown>;

export const MUTATION_KINDS = ['truncate', 'typeSwap', 'deleteKey', 'refCycle', 'refTree', 'deepNesting', 'hugeString', 'badBytes'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  fixture: string;
  /** What was changed, for messages. */
  what: string;
  /** The mutated file's name (keeps the fixture's extension, so YAML stays YAML). */
  name: string;
  bytes: Buffer;
}

/** What one load gave (one line of the child's output). */
export interface LoadOutcome {
  errors: string[];
  warnings: string[];
  ops: number;
  inputs: number;
  outputs: number;
  internal: boolean;
  ms: number;
}

export type Verdict = 'clean error' | 'loaded with warnings' | 'loaded silently' | 'crash' | 'hang';

/** Fixture specs below `maxBytes` (the test keeps to small ones; the bench takes all). */
export function fixtureSpecs(fixturesDir: string, maxBytes: number): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/i.test(entry.name) && readFileSync(path).length <= maxBytes) files.push(path);
    }
  };
  walk(join(fixturesDir, 'openapi'));
  walk(join(fixturesDir, 'rapidapi', 'tools'));
  return files.sort();
}

/** Every node's path, breadth first, at most `limit` of them (mutations pick one by index). */
function nodePaths(value: unknown, limit = 4000): (string | number)[][] {
  const out: (string | number)[][] = [];
  const queue: [unknown, (string | number)[]][] = [[value, []]];
  while (queue.length > 0 && out.length < limit) {
    const [node, path] = queue.shift()!;
    if (path.length > 0) out.push(path);
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) queue.push([child, [...path, Array.isArray(node) ? Number(key) : key]]);
  }
  return out;
}

function getAt(root: unknown, path: (string | number)[]): unknown {
  let node = root;
  for (const key of path) node = (node as Obj)[key as string];
  return node;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Obj;
  parent[path[path.length - 1] as string] = value;
}

function swapped(value: unknown, choice: number): unknown {
  const options: unknown[] = ['swapped', 42, true, null, ['x'], { x: 1 }];
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const others = options.filter((o) => kind(o) !== kind(value));
  return others[choice % others.length];
}

/** Schemas that refer to each other (`cycle`) or a binary tree of refs without a cycle (`tree`). */
function refSchemas(kind: 'cycle' | 'tree', size: number): { schemas: Obj; root: string } {
  const schemas: Obj = {};
  if (kind === 'cycle') {
    for (let i = 0; i < size; i++) {
      const properties: Obj = {};
      for (let j = 0; j < size; j++) if (j !== i) properties[`p${j}`] = { $ref: `#/components/schemas/Fz${j}` };
      schemas[`Fz${i}`] = { type: 'object', properties };
    }
  } else {
    schemas[`Fz${size}`] = { type: 'string' };
    for (let i = 0; i < size; i++) schemas[`Fz${i}`] = { type: 'object', properties: { a: { $ref: `#/components/schemas/Fz${i + 1}` }, b: { $ref: `#/components/schemas/Fz${i + 1}` } } };
  }
  return { schemas, root: '#/components/schemas/Fz0' };
}

function serialize(doc: unknown, yaml: boolean): string {
  // JSON is valid YAML: a mutated YAML fixture is written as (one-line) JSON in a .yaml file.
  void yaml;
  return JSON.stringify(doc);
}

const NEST_MARKER = '\u0000fuzz-nest\u0000';

interface Draw {
  kind: MutationKind;
  fixture: number;
  pick: number;
  size: number;
  choice: number;
}

function mutate(fixtures: string[], draw: Draw, index: number): Mutation {
  const fixture = fixtures[draw.fixture % fixtures.length]!;
  const text = readFileSync(fixture, 'utf8');
  const ext = /\.(json|ya?ml)$/i.exec(fixture)![0];
  const name = `m${String(index).padStart(4, '0')}-${draw.kind}${ext}`;
  const base = { kind: draw.kind, fixture, name };
  if (draw.kind === 'truncate') {
    const at = Math.floor((draw.pick / 1000) * text.length);
    return { ...base, what: `cut at character ${at} of ${text.length}`, bytes: Buffer.from(text.slice(0, at)) };
  }
  if (draw.kind === 'badBytes') {
    const bytes = Buffer.from(text);
    const count = 1 + (draw.size % 20);
    const parts: Buffer[] = [];
    let last = 0;
    for (let i = 0; i < count; i++) {
      const at = Math.min(bytes.length, last + Math.floor(((draw.pick + i * 7919) % 1000) / 1000 * (bytes.length - last)));
      parts.push(bytes.subarray(last, at), Buffer.from([0x80 + ((draw.choice + i) % 0x80)]));
      last = at;
    }
    parts.push(bytes.subarray(last));
    return { ...base, what: `${count} invalid bytes inserted`, bytes: Buffer.concat(parts) };
  }
  let doc: unknown;
  try {
    doc = ext === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch {
    return { ...base, what: 'unparsable fixture kept as is', bytes: Buffer.from(text) };
  }
  const paths = nodePaths(doc);
  const path = paths[draw.pick % Math.max(paths.length, 1)] ?? [];
  const where = `/${path.join('/')}`;
  let what = '';
  switch (draw.kind) {
    case 'typeSwap': {
      const value = swapped(getAt(doc, path), draw.choice);
      if (path.length > 0) setAt(doc, path, value);
      what = `${where} := ${JSON.stringify(value)}`;
      break;
    }
    case 'deleteKey': {
      const parent = getAt(doc, path.slice(0, -1));
      const key = path[path.length - 1];
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (parent && typeof parent === 'object') delete (parent as Obj)[key as string];
      what = `deleted ${where}`;
      break;
    }
    case 'refCycle':
    case 'refTree': {
      const { schemas, root } = refSchemas(draw.kind === 'refCycle' ? 'cycle' : 'tree', draw.kind === 'refCycle' ? 3 + (draw.size % 28) : 5 + (draw.size % 21));
      const obj = doc as Obj;
      const components = (typeof obj.components === 'object' && obj.components !== null ? obj.components : (obj.components = {})) as Obj;
      components.schemas = { ...((components.schemas as Obj | undefined) ?? {}), ...schemas };
      if (path.length > 0) setAt(doc, path, { $ref: root });
      what = `${Object.keys(schemas).length} ${draw.kind === 'refCycle' ? 'mutually referring' : 'tree'} schemas, ${where} := $ref`;
      break;
    }
    case 'deepNesting': {
      // Built as text: JSON.stringify itself overflows the stack on thousands of levels.
      const depth = 10 + ((draw.size * 97) % 5000);
      const inner = JSON.stringify(path.length > 0 ? getAt(doc, path) : 'x') ?? 'null';
      if (path.length > 0) setAt(doc, path, NEST_MARKER);
      const pairs = Math.ceil(depth / 2);
      const nested = `${'{"nested":['.repeat(pairs)}${inner}${']}'.repeat(pairs)}`;
      const body = serialize(doc, ext !== '.json').replace(JSON.stringify(NEST_MARKER), () => nested);
      return { ...base, what: `${where} wrapped ${depth} levels deep`, bytes: Buffer.from(body) };
    }
    case 'hugeString': {
      const length = 100_000 + ((draw.size * 7_777_777) % 8_000_000);
      if (path.length > 0) setAt(doc, path, 'Z'.repeat(length));
      what = `${where} := a string of ${length} characters`;
      break;
    }
  }
  return { ...base, what, bytes: Buffer.from(serialize(doc, ext !== '.json')) };
}

/** `count` mutations drawn by fast-check from `seed` (the same seed, the same files). */
export function drawMutations(fixtures: string[], count: number, seed: number): Mutation[] {
  const draw = fc.record({
    kind: fc.constantFrom(...MUTATION_KINDS),
    fixture: fc.nat(),
    pick: fc.nat({ max: 999 }),
    size: fc.nat({ max: 10_000 }),
    choice: fc.nat({ max: 100 }),
  });
  return fc.sample(draw, { numRuns: count, seed }).map((d, i) => mutate(fixtures, d, i));
}

const CHILD = join(projectRoot, 'test', '_fuzz-load-child.ts');

/**
 * Loads `files` in a child process, one at a time; a file that takes longer than `budgetMs` is a hang
 * (the child is killed and a new one goes on with the next file), one that kills the child a crash.
 */
export async function loadInChildren(files: string[], budgetMs: number): Promise<(LoadOutcome | 'hang' | 'crash')[]> {
  const results: (LoadOutcome | 'hang' | 'crash')[] = [];
  while (results.length < files.length) {
    const rest = files.slice(results.length);
    const list = join(projectRoot, 'node_modules', '.fuzz-list.json');
    writeFileSync(list, JSON.stringify(rest));
    const child = spawn(process.execPath, ['--max-old-space-size=1536', '--stack-size=984', '--import', 'tsx', CHILD, list], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    let timer: NodeJS.Timeout | undefined;
    let hung = false;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        hung = true;
        child.kill('SIGKILL');
      }, budgetMs);
    };
    arm();
    const before = results.length;
    for await (const line of createInterface({ input: child.stdout })) {
      if (!line.startsWith('{')) continue;
      results.push(JSON.parse(line) as LoadOutcome);
      arm();
      if (results.length === files.length) break;
    }
    clearTimeout(timer);
    const code = await exited;
    if (results.length < files.length) {
      results.push(hung ? 'hang' : 'crash');
      if (!hung && results.length === before + 1 && code === 0) throw new Error(`fuzz child ended early: ${stderr.slice(-2000)}`);
    }
  }
  return results;
}

/** What a mutation's load counts as (a stack trace or an internal error is a crash). */
export function verdictOf(outcome: LoadOutcome | 'hang' | 'crash'): Verdict {
  if (outcome === 'hang' || outcome === 'crash') return outcome;
  if (outcome.internal) return 'crash';
  if (outcome.errors.length > 0) return 'clean error';
  return outcome.warnings.length > 0 ? 'loaded with warnings' : 'loaded silently';
}

/**
 * A silent load that lost operations, parameters or output fields the fixture had — though the mutation
 * removed none of them (a type swap, a huge string, bad bytes, nesting, refs) — dropped them silently.
 * A deleted key or a truncated file is a smaller spec, except when what was deleted is required.
 */
export function droppedSilently(mutation: Mutation, original: LoadOutcome, outcome: LoadOutcome): boolean {
  if (verdictOf(outcome) !== 'loaded silently') return false;
  if (mutation.kind === 'truncate') return false;
  if (mutation.kind === 'deleteKey') return /\/(info|responses|paths|api_list|openapi|swagger)$/.test(mutation.what);
  // RapidAPI tools have no $refs: a `$ref` put there replaces example data by a smaller value.
  if ((mutation.kind === 'refCycle' || mutation.kind === 'refTree') && /\/rapidapi\//.test(mutation.fixture)) return false;
  return outcome.ops < original.ops || outcome.inputs < original.inputs || outcome.outputs < original.outputs;
}
