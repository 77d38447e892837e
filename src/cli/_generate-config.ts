/**
 * The generate command's settings: defaults, then the YAML config file (validated against
 * schemas/config.schema.json, errors naming the bad key), then command-line flags.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DialforgeError } from '../errors.ts';
import { FLOW_FAMILIES, TOOL_LIST_MODES, type FlowFamily, type ToolListMode } from '../plan/index.ts';
import { createAjv, readSchema, type ErrorObject } from '../schemas/index.ts';

export interface GenerateSettings {
  specs: string[];
  graph?: string;
  responses?: string;
  n: number;
  seed: number;
  flows: Partial<Record<FlowFamily, number>>;
  flowTable?: string;
  /** What the assistant's tool list holds (generate --tools). */
  tools: ToolListMode;
  out: string;
  shard?: { index: number; count: number };
  /** A name in the realizer registry (`src/realize/realizers`). */
  realizer: string;
  llm?: Record<string, unknown>;
  formats: string[];
  concurrency: number;
  progress: boolean;
  resume: boolean;
}

export const DEFAULTS = { n: 100, seed: 1, out: 'output', realizer: 'template', concurrency: 1, tools: 'retrieved' } as const;

function keyOf(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return path ? `${path}.${extra}` : extra;
  }
  // An error inside propertyNames carries the offending key name.
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName ?? (error.params as { propertyName?: string }).propertyName;
  if (propertyName !== undefined) return `${path}.${propertyName}`;
  return path || '(top level)';
}

function explain(error: ErrorObject, schema: Record<string, unknown>): string {
  const props = Object.keys((schema.properties ?? {}) as object);
  if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined || error.keyword === 'propertyNames') {
    return `unknown flow family; use one of ${FLOW_FAMILIES.join(', ')}`;
  }
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key; allowed keys: ${props.join(', ')}`;
    case 'enum':
      return `must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
    case 'pattern':
      return 'must look like i/n, for example 2/4';
    case 'oneOf':
      return 'must be a string or a list of strings';
    default:
      return error.message ?? 'is invalid';
  }
}

/** Reads and validates a config file; relative paths in it are made relative to the file's folder. */
export function readConfigFile(file: string): Partial<GenerateSettings> & { shardText?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot read the config file: ${(cause as Error).message}`, { file, cause });
  }
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (cause) {
    const where = cause instanceof YAMLParseError && cause.linePos ? `${cause.linePos[0].line}:${cause.linePos[0].col}` : undefined;
    throw new DialforgeError('E_PARSE', `not valid YAML: ${(cause as Error).message.split('\n')[0]}`, { file, ...(where ? { location: where } : {}), cause });
  }
  const schema = readSchema('config.schema.json');
  const validate = createAjv('published').compile(schema);
  if (!validate(data)) {
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    // oneOf reports its branches too; keep the most specific error per key.
    const byKey = new Map<string, string>();
    for (const e of errors) if (!byKey.has(keyOf(e)) || e.keyword === 'oneOf') byKey.set(keyOf(e), explain(e, schema));
    const [key, message] = [...byKey.entries()][0] as [string, string];
    throw new DialforgeError('E_CONFIG', `key "${key}": ${message} (see schemas/config.schema.json)`, { file, location: key });
  }
  const raw = data as Record<string, unknown>;
  const base = dirname(resolve(file));
  const path = (p: unknown): string | undefined => (typeof p === 'string' ? (isAbsolute(p) ? p : resolve(base, p)) : undefined);
  const out: Partial<GenerateSettings> & { shardText?: string } = {};
  if (raw.specs !== undefined) out.specs = (Array.isArray(raw.specs) ? raw.specs : [raw.specs]).map((p) => path(p) as string);
  if (raw.graph !== undefined) out.graph = path(raw.graph) as string;
  if (raw.responses !== undefined) out.responses = path(raw.responses) as string;
  if (raw.flow_table !== undefined) out.flowTable = path(raw.flow_table) as string;
  if (raw.out !== undefined) out.out = path(raw.out) as string;
  if (raw.n !== undefined) out.n = raw.n as number;
  if (raw.seed !== undefined) out.seed = raw.seed as number;
  if (raw.tools !== undefined) out.tools = raw.tools as ToolListMode;
  if (raw.flows !== undefined) out.flows = raw.flows as Partial<Record<FlowFamily, number>>;
  if (raw.shard !== undefined) out.shardText = raw.shard as string;
  if (raw.realizer !== undefined) out.realizer = raw.realizer as string;
  if (raw.llm !== undefined) out.llm = raw.llm as Record<string, unknown>;
  if (raw.formats !== undefined) out.formats = splitList(raw.formats as string | string[]);
  if (raw.concurrency !== undefined) out.concurrency = raw.concurrency as number;
  if (raw.progress !== undefined) out.progress = raw.progress as boolean;
  return out;
}

export function splitList(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : value.split(',')).map((s) => s.trim()).filter(Boolean);
}

/** `--tools retrieved|api|catalog-sample`; names the choices on error. */
export function parseToolListMode(text: string, where: string): ToolListMode {
  if ((TOOL_LIST_MODES as readonly string[]).includes(text)) return text as ToolListMode;
  throw new DialforgeError('E_USAGE', `${where}: "${text}" is not a tool-list mode; use one of ${TOOL_LIST_MODES.join(', ')}`);
}

/** `--flows fail_inform=3,no_ask=1` → weights; names the bad entry on error. */
export function parseFlowMix(text: string): Partial<Record<FlowFamily, number>> {
  const mix: Partial<Record<FlowFamily, number>> = {};
  for (const part of splitList(text)) {
    const match = /^([a-z_]+)\s*=\s*([0-9]*\.?[0-9]+)$/.exec(part);
    if (!match) throw new DialforgeError('E_USAGE', `--flows: "${part}" is not family=weight (for example fail_inform=3,no_ask=1)`);
    const family = match[1] as FlowFamily;
    if (!FLOW_FAMILIES.includes(family)) throw new DialforgeError('E_USAGE', `--flows: unknown flow family "${family}"; use one of ${FLOW_FAMILIES.join(', ')}`);
    mix[family] = Number(match[2]);
  }
  return mix;
}

export function parseShard(text: string, where: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new DialforgeError('E_USAGE', `${where}: "${text}" is not a shard; write i/n with 1 <= i <= n, for example 2/4`);
  }
  return { index, count };
}

export function parseCount(text: string, flag: string, min: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min) throw new DialforgeError('E_USAGE', `${flag}: "${text}" must be a whole number >= ${min}`);
  return Number(text);
}
