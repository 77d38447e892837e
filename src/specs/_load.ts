/** Loading files and folders: format detection, one failing spec never stops the others, strict mode. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import { DialforgeError, isDialforgeError } from '../errors.ts';
import { IssueList } from './_issues.ts';
import { apiSlugFromFile } from './_ids.ts';
import { openApiOperations } from './_openapi.ts';
import { toolOperations } from './_rapidapi.ts';
import { isObject } from './_schema.ts';
import { lineColAt, parseSource, pointerLocator, type ParsedSource } from './_source.ts';
import type { ApiInfo, LoadIssue, LoadResult, LoadedSpec, Operation } from './types.ts';

export interface LoadOptions {
  /**
   * Folder of recorded RapidAPI responses: `<Category>/<tool>_for_<Category>/<endpoint>.json`. Without it,
   * a folder holding `tools/` and `responses/` (or ToolBench's `tool_response_cache/`) uses its own.
   */
  responses?: string;
  /** Warnings fail the spec they belong to. */
  strict?: boolean;
  /** Called after each spec file is loaded. */
  onProgress?: (done: number, total: number) => void;
}

const SPEC_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Files are read concurrently so that reading overlaps parsing; the parsing itself is synchronous. */
const CONCURRENCY = 8;
/** JSON specs above this many characters report JSON pointers instead of line:column. */
const MAX_LOCATED_JSON = 1_000_000;

interface Candidate {
  file: string;
  /** Found while walking a folder (a non-spec JSON/YAML file there is skipped with a warning, not failed). */
  fromFolder: boolean;
  /** Recorded responses for this file: `--responses`, else the `responses/` beside the `tools/` it was found in. */
  responsesDir?: string | undefined;
}

/** A folder holding `tools/` and one of these is the RapidAPI/ToolBench layout (ToolBench's own name second). */
const RESPONSE_FOLDER_NAMES = ['responses', 'tool_response_cache'];

export async function loadSpecs(inputs: string[], options: LoadOptions = {}): Promise<LoadResult> {
  if (inputs.length === 0) throw new DialforgeError('E_USAGE', 'no spec files or folders given: name at least one.');
  const responsesDir = await checkResponsesDir(options.responses);
  const specs: LoadedSpec[] = [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const found = await expandInput(input, responsesDir);
    if ('error' in found) {
      specs.push({ file: input, operations: [], issues: [found.error] });
      continue;
    }
    for (const candidate of found.files) {
      const key = resolve(candidate.file);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(candidate);
    }
  }
  const limit = pLimit(CONCURRENCY);
  let done = 0;
  const loaded = await Promise.all(
    candidates.map((candidate) =>
      limit(async () => {
        const spec = await loadOne(candidate, candidate.responsesDir, options.strict === true);
        done++;
        options.onProgress?.(done, candidates.length);
        return spec;
      }),
    ),
  );
  specs.push(...loaded);
  makeApiNamesUnique(specs);
  const operations: Operation[] = [];
  const issues: LoadIssue[] = [];
  for (const spec of specs) {
    operations.push(...spec.operations);
    issues.push(...spec.issues);
  }
  return { specs, operations, issues };
}

export async function loadSpecFile(file: string, options: Omit<LoadOptions, 'onProgress'> = {}): Promise<LoadedSpec> {
  const responsesDir = await checkResponsesDir(options.responses);
  return loadOne({ file, fromFolder: false, responsesDir }, responsesDir, options.strict === true);
}

async function checkResponsesDir(dir: string | undefined): Promise<string | undefined> {
  if (dir === undefined) return undefined;
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new DialforgeError('E_USAGE', `--responses ${dir}: no such folder. Give the folder that holds <Category>/<tool>_for_<Category>/<endpoint>.json files.`);
  }
  return dir;
}

async function expandInput(input: string, responsesDir: string | undefined): Promise<{ files: Candidate[] } | { error: LoadIssue }> {
  const info = await stat(input).catch(() => undefined);
  if (!info) return { error: { severity: 'error', file: input, code: 'E_READ', message: 'no such file or folder. Check the path.' } };
  if (!info.isDirectory()) return { files: [{ file: input, fromFolder: false, responsesDir }] };
  const files: Candidate[] = [];
  const skip = responsesDir ? resolve(responsesDir) : undefined;
  const walk = async (dir: string, responses: string | undefined): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // `tools/` + `responses/` side by side (RapidAPI/ToolBench): the tools are the specs, the responses
    // their recordings; walking the recordings as specs would only warn once per file.
    const folders = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    const recordings = folders.has('tools') ? RESPONSE_FOLDER_NAMES.find((name) => folders.has(name)) : undefined;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recordings !== undefined && entry.name === recordings) continue;
        const inner = recordings !== undefined && entry.name === 'tools' ? (responsesDir ?? join(dir, recordings)) : responses;
        // Hidden folders (.git, .cache) never hold specs; hidden files may (ToolBench has a tool named `.json`).
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name) && resolve(path) !== skip) await walk(path, inner);
      } else if (isSpecFileName(entry.name)) files.push({ file: path, fromFolder: true, responsesDir: responses });
    }
  };
  await walk(input, responsesDir);
  if (files.length === 0) {
    return { error: { severity: 'error', file: input, code: 'E_READ', message: 'this folder holds no .json, .yaml or .yml files. Point at a folder of API specs.' } };
  }
  return { files };
}

function isSpecFileName(name: string): boolean {
  const lower = name.toLowerCase();
  // extname('.json') is '' (a dot file), so test the ending itself.
  return [...SPEC_EXTENSIONS].some((ext) => lower.endsWith(ext));
}

type DetectedFormat = ApiInfo['format'];

function detectFormat(value: unknown): DetectedFormat | { problem: string } {
  if (!isObject(value)) {
    return { problem: `the top level is ${Array.isArray(value) ? 'a list' : `a ${value === null ? 'null' : typeof value}`}, not an object` };
  }
  if (value.openapi !== undefined) {
    const version = String(value.openapi);
    if (/^3\.0(\.|$)/.test(version)) return 'openapi-3.0';
    if (/^3\.[1-9](\.|$)/.test(version)) return 'openapi-3.1';
    return { problem: `\`openapi: ${version}\` is not a version dialforge reads (3.0.x or 3.1.x)` };
  }
  if (value.swagger !== undefined) {
    if (String(value.swagger) === '2.0') return 'swagger-2.0';
    return { problem: `\`swagger: ${String(value.swagger)}\` is not a version dialforge reads (2.0)` };
  }
  if (Array.isArray(value.api_list)) return 'rapidapi';
  return { problem: 'no `openapi`, `swagger` or `api_list` field' };
}

async function loadOne(candidate: Candidate, responsesDir: string | undefined, strict: boolean): Promise<LoadedSpec> {
  const { file } = candidate;
  const issues = new IssueList(file);
  let source: ParsedSource | undefined;
  let api: ApiInfo | undefined;
  let operations: Operation[] = [];
  try {
    const bytes = await readFile(file).catch((cause: unknown) => {
      throw new DialforgeError('E_READ', `cannot read the file (${cause instanceof Error ? cause.message : String(cause)}).`, { file, cause });
    });
    source = parseSource(decodeText(bytes, issues), file);
    for (const key of source.duplicateKeys ?? []) {
      issues.warn('W_DUPLICATE_KEY', `the key \`${key.key}\` appears twice in one object; the last one is kept and the first ignored. Remove or rename one.`, undefined);
      issues.items[issues.items.length - 1]!.location = key.location;
    }
    const format = detectFormat(source.value);
    if (typeof format !== 'string') {
      const message = `not an API spec: ${format.problem}. Expected an OpenAPI 3.x document (\`openapi: 3.x\`), a Swagger 2.0 document (\`swagger: "2.0"\`) or a RapidAPI tool JSON (\`api_list\`).`;
      if (candidate.fromFolder && !format.problem.startsWith('`')) issues.warn('W_NOT_A_SPEC', `skipped, ${message}`);
      else issues.error('E_SPEC', message);
    } else if (format === 'rapidapi') {
      const category = basename(dirname(resolve(file)));
      const slug = apiSlugFromFile(file);
      const toolInput = { doc: source.value as Record<string, unknown>, file, slug, category };
      ({ api, operations } = await toolOperations(responsesDir ? { ...toolInput, responsesDir } : toolInput, issues));
    } else {
      ({ api, operations } = await openApiOperations({ doc: source.value as Record<string, unknown>, file, slug: apiSlugFromFile(file), format }, issues));
    }
  } catch (error) {
    if (isDialforgeError(error)) issues.error(error.code, error.message, undefined, error.location);
    else {
      // A bug in dialforge on an unusual spec must not stop the other specs from loading.
      const reason = error instanceof Error ? error.message : String(error);
      issues.error('E_SPEC', `dialforge could not read this spec (internal error, please report it with the file): ${reason}`);
    }
  }
  // Line numbers cost a second parse; RapidAPI tools (thousands at a time) keep their JSON pointers.
  // Big JSON files keep pointers too: mapping them re-parses the whole file with the (slower) YAML parser.
  if (source && api?.format !== 'rapidapi' && !(source.syntax === 'json' && source.text.length > MAX_LOCATED_JSON) && issues.items.some((issue) => issue.pointer !== undefined && issue.location === undefined)) {
    const locate = pointerLocator(source);
    for (const issue of issues.items) {
      if (issue.pointer !== undefined && issue.location === undefined) issue.location = locate(issue.pointer) ?? issue.pointer;
    }
  }
  for (const issue of issues.items) if (issue.pointer !== undefined && issue.location === undefined) issue.location = issue.pointer;
  let list = issues.items;
  if (strict && list.some((issue) => issue.severity === 'warning')) {
    list = list.map((issue) => (issue.severity === 'warning' ? { ...issue, severity: 'error' as const, message: `${issue.message} (--strict: warnings fail the spec)` } : issue));
  }
  if (api && operations.length === 0 && !list.some((issue) => issue.severity === 'error')) {
    const message =
      api.format === 'rapidapi'
        ? '`api_list` holds no usable endpoint: nothing to generate from. List the tool\'s endpoints there.'
        : 'no operations: `paths` lists no usable operation (webhooks and callbacks are not called by dialforge). Add operations under `paths`.';
    list = [...list, { severity: 'error', file, code: 'E_NO_OPERATIONS', message }];
  }
  if (list.some((issue) => issue.severity === 'error')) operations = [];
  const spec: LoadedSpec = { file, operations, issues: list };
  if (api) spec.api = api;
  return spec;
}

/** UTF-8 text of a spec; invalid bytes become U+FFFD with a warning naming the first one. */
function decodeText(bytes: Buffer, issues: IssueList): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const first = text.indexOf('\uFFFD');
    const { line, col } = lineColAt(text, Math.max(first, 0));
    const count = text.split('\uFFFD').length - 1;
    issues.warn('W_ENCODING', `the file is not valid UTF-8: ${count} invalid byte sequence(s), the first at line ${line}, column ${col}, were replaced by "\uFFFD". Save the file as UTF-8.`);
    return text;
  }
}

/** Two specs with the same file name (in different folders) get `name-2`…, and their operation ids follow. */
function makeApiNamesUnique(specs: LoadedSpec[]): void {
  const used = new Set<string>();
  for (const spec of specs) {
    const api = spec.api;
    if (!api) continue;
    let name = api.name;
    for (let n = 2; used.has(name); n++) name = `${api.name}-${n}`;
    used.add(name);
    if (name === api.name) continue;
    const old = `${api.name}.`;
    api.name = name;
    for (const operation of spec.operations) operation.id = `${name}.${operation.id.slice(old.length)}`;
    spec.issues.push({
      severity: 'warning',
      file: spec.file,
      code: 'W_DUPLICATE_API',
      message: `another loaded spec is also named \`${old.slice(0, -1)}\`; this one's operations use the prefix \`${name}.\`. Rename one of the files to keep ids stable.`,
    });
  }
}

/** `file:line:col: error: message` — the one way issues are shown to people. */
export function formatIssue(issue: LoadIssue, cwd?: string): string {
  const file = cwd ? relative(cwd, issue.file) || issue.file : issue.file;
  const where = issue.location ? `${file}:${issue.location}` : file;
  return `${where}: ${issue.severity}: ${issue.message}`;
}
