/**
 * `dialforge graph <specs…> -o graphs/<name>.json`: build the API compatibility graph, save it (JSON, GEXF)
 * and print a summary; `dialforge graph --explain <opA> <opB> <specs…|--graph file>`: why an edge exists or not.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import type { Command } from 'commander';
import { DialforgeError } from '../errors.ts';
import {
  buildGraph, computeEmbeddings, DEFAULT_EMBEDDINGS_CACHE_DIR, explainEdge, loadGraph, resolveGraphConfig, saveGexf, saveGraph, saveGraphml, summarizeGraph,
  type ApiGraph, type BuildOptions, type EmbeddingTable, type Explanation, type GraphConfig, type GraphSummary,
} from '../graph/index.ts';
import { formatIssue, loadSpecs, type LoadResult, type Operation } from '../specs/index.ts';
import { action, EXIT_OK, EXIT_PARTIAL } from './_run.ts';

interface GraphFlags {
  output?: string;
  responses?: string;
  gexf?: string;
  graphml?: string;
  graph?: string;
  embeddingsModel?: string;
  baseUrl?: string;
  embeddingsCache?: string;
  embeddingsBatch?: string;
  explain?: boolean;
  minScore?: string;
  strict?: boolean;
  top?: string;
}

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export function registerGraph(program: Command): void {
  program
    .command('graph')
    .summary('build the API compatibility graph (which output feeds which input)')
    .description(
      'Load the specs, find every (output field → input param) pair that can chain two operations, and save the graph as ' +
        "graphology JSON with metadata (-o), as GEXF for Gephi (--gexf, or -o FILE.gexf) and as GraphML (--graphml, or -o FILE.graphml). " +
        'Prints operations, edges by kind, ' +
        'APIs, connected components, hub operations and operations with no edge.\n' +
        'With --explain, the first two arguments are operations (id, name or unique part of the id) and the command prints every ' +
        'candidate pair from the first to the second with its scores and why it is or is not an edge.\n' +
        'With --embeddings-model, the field and param texts are embedded through an OpenAI-compatible /v1/embeddings endpoint ' +
        '(--base-url or OPENAI_BASE_URL, key from OPENAI_API_KEY), cached on disk, and the embedding cosine joins the description evidence; off by default.\n' +
        'Exit codes: 0 ok, 1 some specs failed to load, 2 usage error.',
    )
    .argument('[inputs...]', 'spec files or folders (with --explain: <opA> <opB> first)')
    .option('-o, --output <file>', 'write the graph here (graphology JSON; .gexf writes GEXF, .graphml GraphML)')
    .option('--responses <folder>', 'recorded RapidAPI responses: output fields for tools without a response schema')
    .option('--gexf <file>', 'also write the graph as GEXF (Gephi)')
    .option('--graphml <file>', 'also write the graph as GraphML (Gephi, yEd, Cytoscape, networkx)')
    .option('--graph <file>', 'read a saved graph instead of building one from specs')
    .option('--explain', 'explain the edge between the first two arguments (operations)')
    .option('--min-score <number>', 'keep pairs scoring at least this (default from DEFAULT_GRAPH_CONFIG)')
    .option('--top <n>', 'hub operations and unconnected operations to list', '10')
    .option('--embeddings-model <name>', 'add embedding similarity from this model (off by default; key from OPENAI_API_KEY)')
    .option('--base-url <url>', 'OpenAI-compatible endpoint for --embeddings-model, e.g. http://localhost:8000/v1 (default OPENAI_BASE_URL, else api.openai.com)')
    .option('--embeddings-cache <dir>', `where embedding vectors are cached (default ${DEFAULT_EMBEDDINGS_CACHE_DIR})`)
    .option('--embeddings-batch <n>', 'texts per embeddings request', '128')
    .option('--strict', 'treat spec warnings as failures')
    .action(action((inputs: string[], flags: GraphFlags) => runGraph(inputs, flags)));
}

function configFrom(flags: GraphFlags): Partial<GraphConfig> {
  if (flags.minScore === undefined) return {};
  const minScore = Number(flags.minScore);
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw new DialforgeError('E_USAGE', `--min-score must be a number between 0 and 1, got "${flags.minScore}"`);
  }
  return { minScore };
}

async function runGraph(args: string[], flags: GraphFlags): Promise<number> {
  const options = configFrom(flags);
  let inputs = args;
  let explain: [string, string] | undefined;
  if (flags.explain) {
    if (args.length < 2) throw new DialforgeError('E_USAGE', '--explain needs two operations: dialforge graph --explain <opA> <opB> <specs…|--graph FILE>');
    explain = [args[0]!, args[1]!];
    inputs = args.slice(2);
  }
  if (flags.graph !== undefined && inputs.length > 0) {
    throw new DialforgeError('E_USAGE', 'give either spec files or --graph FILE, not both');
  }
  if (flags.graph === undefined && inputs.length === 0) {
    throw new DialforgeError('E_USAGE', 'no specs given: dialforge graph <specs…> -o graphs/NAME.json (or --graph FILE with --explain)');
  }
  if (!explain && flags.graph === undefined && flags.output === undefined && flags.gexf === undefined && flags.graphml === undefined) {
    throw new DialforgeError('E_USAGE', 'say where to write the graph: -o graphs/NAME.json (and/or --gexf FILE, --graphml FILE)');
  }
  if (flags.embeddingsModel === undefined && (flags.baseUrl !== undefined || flags.embeddingsCache !== undefined)) {
    throw new DialforgeError('E_USAGE', '--base-url and --embeddings-cache only apply with --embeddings-model NAME');
  }
  const batchSize = Number(flags.embeddingsBatch ?? 128);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new DialforgeError('E_USAGE', `--embeddings-batch must be a positive integer, got "${flags.embeddingsBatch}"`);

  let graph: ApiGraph;
  let operations: Operation[];
  let exitCode = EXIT_OK;
  if (flags.graph !== undefined) {
    graph = loadGraph(flags.graph);
    operations = graph.mapNodes((_id, attrs) => attrs.operation);
  } else {
    const loaded = await load(inputs, flags);
    if (loaded.specs.some((spec) => spec.issues.some((issue) => issue.severity === 'error'))) exitCode = EXIT_PARTIAL;
    operations = loaded.operations;
    const embeddings = await embed(operations, flags, batchSize);
    const buildOptions: BuildOptions = embeddings ? { ...options, embeddings } : options;
    if (explain) {
      printExplanation(explainEdge(operations, explain[0], explain[1], buildOptions, buildGraph(operations, buildOptions)));
      return exitCode;
    }
    const started = process.hrtime.bigint();
    graph = buildGraph(operations, buildOptions, { onProgress: progressLine(operations.length, 'matching params') });
    clearProgress(operations.length);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // The model is part of how the graph was made; the endpoint and the key are not recorded.
    const settings: Record<string, unknown> = { ...resolveGraphConfig(options) };
    if (embeddings) settings.embeddingModel = embeddings.model;
    const meta = { tool: `dialforge@${pkg.version}`, inputs: hashInputs(loaded, flags.responses), settings };
    const written: string[] = [];
    if (flags.output !== undefined) {
      const ext = extname(flags.output).toLowerCase();
      if (ext === '.gexf') saveGexf(graph, flags.output);
      else if (ext === '.graphml') saveGraphml(graph, flags.output);
      else saveGraph(graph, flags.output, meta);
      written.push(flags.output);
    }
    if (flags.gexf !== undefined) {
      saveGexf(graph, flags.gexf);
      written.push(flags.gexf);
    }
    if (flags.graphml !== undefined) {
      saveGraphml(graph, flags.graphml);
      written.push(flags.graphml);
    }
    process.stderr.write(`built the graph in ${seconds.toFixed(1)} s${written.length > 0 ? `, saved to ${written.join(' and ')}` : ''}\n`);
  }
  if (explain) {
    const embeddings = await embed(operations, flags, batchSize);
    printExplanation(explainEdge(operations, explain[0], explain[1], embeddings ? { ...options, embeddings } : options, graph));
    return exitCode;
  }
  if (flags.graph !== undefined && flags.gexf !== undefined) saveGexf(graph, flags.gexf);
  if (flags.graph !== undefined && flags.graphml !== undefined) saveGraphml(graph, flags.graphml);
  process.stdout.write(formatSummary(summarizeGraph(graph, Math.max(1, Number(flags.top) || 10)), Number(flags.top) || 10));
  return exitCode;
}

/** The embedding table for --embeddings-model (cache first), or undefined when embeddings are off. */
async function embed(operations: Operation[], flags: GraphFlags, batchSize: number): Promise<EmbeddingTable | undefined> {
  if (flags.embeddingsModel === undefined) return undefined;
  const showProgress = process.stderr.isTTY === true;
  const options: Parameters<typeof computeEmbeddings>[1] = { model: flags.embeddingsModel, batchSize };
  if (flags.baseUrl !== undefined) options.baseURL = flags.baseUrl;
  if (flags.embeddingsCache !== undefined) options.cacheDir = flags.embeddingsCache;
  if (showProgress) options.onProgress = (done, total) => process.stderr.write(`\rembedding texts ${done}/${total}`);
  const { table, stats } = await computeEmbeddings(operations, options);
  if (showProgress) process.stderr.write('\r\x1b[K');
  process.stderr.write(`embeddings (${table.model}): ${stats.texts} texts, ${stats.cached} from the cache, ${stats.embedded} embedded in ${stats.requests} request(s)\n`);
  return table;
}

async function load(inputs: string[], flags: GraphFlags): Promise<LoadResult> {
  const loadOptions: Parameters<typeof loadSpecs>[1] = { strict: flags.strict === true };
  if (flags.responses !== undefined) loadOptions.responses = flags.responses;
  if (process.stderr.isTTY) {
    loadOptions.onProgress = (done, total) => {
      if (total >= 50 && (done % 100 === 0 || done === total)) process.stderr.write(`\rloading specs ${done}/${total}`);
    };
  }
  const result = await loadSpecs(inputs, loadOptions);
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  for (const issue of result.issues) if (issue.severity === 'error') process.stderr.write(`${formatIssue(issue, process.cwd())}\n`);
  if (result.operations.length === 0) throw new DialforgeError('E_SPEC', 'no operations loaded from the given specs: nothing to build a graph from');
  return result;
}

/** A `\r` progress line on a terminal, for inputs at least as large as the config's `progressOperations`. */
function progressLine(operations: number, label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || operations < resolveGraphConfig().progressOperations) return undefined;
  return (done, total) => process.stderr.write(`\r${label} ${done}/${total}`);
}

function clearProgress(operations: number): void {
  if (process.stderr.isTTY && operations >= resolveGraphConfig().progressOperations) process.stderr.write('\r\x1b[K');
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every spec file read (as given) with its hash, and the responses folder as one hash over its files. */
function hashInputs(loaded: LoadResult, responses: string | undefined): Array<{ file: string; sha256: string }> {
  const files = [...new Set(loaded.specs.map((spec) => spec.file))].sort();
  const out = files.map((file) => ({ file, sha256: sha256(readFileSync(file)) }));
  if (responses !== undefined) {
    const hash = createHash('sha256');
    for (const file of listFiles(responses)) {
      hash.update(relative(responses, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    out.push({ file: responses, sha256: hash.digest('hex') });
  }
  return out;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

export function formatSummary(summary: GraphSummary, top: number): string {
  const lines = [
    `operations        ${summary.operations} in ${summary.apis} APIs`,
    `  by effect       ${Object.entries(summary.operationsByEffect).map(([effect, n]) => `${effect} ${n}`).join(' · ')}`,
    `edges             ${summary.edges} (${summary.crossApiEdges} across APIs), ${summary.pairs} field→param pairs`,
    `  by relation     lookup ${summary.edgesByRelation.lookup} (source is a read) · produces ${summary.edgesByRelation.produces} (source creates or acts: never a lookup)`,
    `  by kind         yesyes ${summary.edgesByKind.yesyes} · yeszero ${summary.edgesByKind.yeszero} · zeroyes ${summary.edgesByKind.zeroyes} · zerozero ${summary.edgesByKind.zerozero}`,
    `components        ${summary.components} (largest: ${summary.largestComponent} operations)`,
    `no edge           ${summary.isolated.length} operation${summary.isolated.length === 1 ? "" : "s"}`,
    '',
    'top hub operations (in / out edges):',
    ...summary.hubs.map((hub) => `  ${String(hub.in).padStart(5)} / ${String(hub.out).padEnd(5)} ${hub.id}`),
  ];
  if (summary.isolated.length > 0) {
    lines.push('', `operations with no edge (first ${Math.min(top, summary.isolated.length)}):`);
    lines.push(...summary.isolated.slice(0, top).map((id) => `  ${id}`));
  }
  return `${lines.join('\n')}\n`;
}

function printExplanation(why: Explanation): void {
  const lines = [
    `${why.from.id} (${why.from.method} ${why.from.path}) → ${why.to.id} (${why.to.method} ${why.to.path})`,
    `source effect: ${why.from.effect} (${why.from.effectEvidence}); target effect: ${why.to.effect} (${why.to.effectEvidence})`,
  ];
  if (why.echoes.length > 0) lines.push(`echoes (the source requires the value it would supply): ${why.echoes.join(', ')}`);
  if (why.edge) lines.push(`edge: yes, ${why.edge.relation}, kind ${why.edge.kind}, score ${why.edge.score}, ${why.edge.pairs.length} pair(s)`);
  else lines.push('edge: no');
  if (why.candidates.length === 0) {
    lines.push(why.from.outputs.length === 0 ? `  ${why.from.id} has no output fields (no response schema or recorded response)` : `  ${why.to.id} has no input params`);
  }
  const withEmbeddings = why.candidates.some((c) => c.evidence.embedding !== undefined);
  lines.push('', `  score  name  ctx   desc  type  ${withEmbeddings ? 'emb   ' : ''}output → input: verdict; evidence`);
  for (const c of why.candidates) {
    const e = c.evidence;
    const f = (x: number): string => x.toFixed(2);
    const emb = withEmbeddings ? `${e.embedding === undefined ? ' -  ' : f(e.embedding)}  ` : '';
    lines.push(`  ${f(c.score)}   ${f(e.name)}  ${f(e.context)}  ${f(e.description)}  ${f(e.type)}  ${emb}${c.output} → ${c.input}${c.required ? '*' : ''}: ${c.verdict}; ${e.reasons.join('; ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
