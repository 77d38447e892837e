/**
 * The API graph at scale: the whole RapidAPI catalogue (10,428 tools, ~46,000 endpoints, recorded
 * responses for output fields) → load → graph → save. Targets on the 2-core machine: under 60 s end to
 * end, under 3 GB, and end to end under 3× the time of loading the specs alone.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, resolveGraphConfig, saveGraph, summarizeGraph } from '../src/graph/index.ts';
import { loadSpecs } from '../src/specs/index.ts';
import { catalogArchives, unpackCatalog } from './_catalog.ts';
import { peakRssMb, row, timed } from './_measure.ts';

if (!existsSync(catalogArchives.tools)) {
  process.stdout.write(`skipped: ${catalogArchives.tools} not found (../shared/bench is needed)\n`);
  process.exit(0);
}

/** CPU seconds (user + system) of this process: steadier than wall time on a shared machine. */
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

const catalog = await unpackCatalog();
const cpu0 = cpuSeconds();
const load = await timed(() => loadSpecs([catalog.tools], { responses: catalog.responses }));
const cpu1 = cpuSeconds();
const loadMb = peakRssMb();
const operations = load.value.operations;
const build = await timed(() => buildGraph(operations));
const cpu2 = cpuSeconds();
const graph = build.value;
const out = mkdtempSync(join(tmpdir(), 'dialforge-graph-bench-'));
const file = join(out, 'catalog.json');
const save = await timed(() => saveGraph(graph, file, { tool: 'dialforge@bench', inputs: [], settings: { ...resolveGraphConfig() } }));
const cpu3 = cpuSeconds();
const fileMb = statSync(file).size / 1e6;
rmSync(out, { recursive: true, force: true });
const summary = summarizeGraph(graph);
const endToEnd = load.seconds + build.seconds + save.seconds;

row('operations', summary.operations);
row('operations with output fields', operations.filter((o) => o.outputs.length > 0).length);
row('params', operations.reduce((n, o) => n + o.inputs.length, 0));
row('output fields', operations.reduce((n, o) => n + o.outputs.length, 0));
row('edges', `${summary.edges} (${summary.crossApiEdges} across APIs)`);
row('  yesyes / yeszero', `${summary.edgesByKind.yesyes} / ${summary.edgesByKind.yeszero}`);
row('  zeroyes / zerozero', `${summary.edgesByKind.zeroyes} / ${summary.edgesByKind.zerozero}`);
row('field→param pairs', summary.pairs);
row('components (largest)', `${summary.components} (${summary.largestComponent})`);
row('operations with no edge', summary.isolated.length);
row('load seconds', load.seconds.toFixed(2));
row('build seconds', build.seconds.toFixed(2));
row('save seconds (JSON)', `${save.seconds.toFixed(2)} (${fileMb.toFixed(0)} MB)`);
row('end to end seconds', endToEnd.toFixed(2));
row('ratio end to end / load', (endToEnd / load.seconds).toFixed(2));
row('CPU seconds load / build / save', `${(cpu1 - cpu0).toFixed(1)} / ${(cpu2 - cpu1).toFixed(1)} / ${(cpu3 - cpu2).toFixed(1)}`);
row('CPU ratio end to end / load', ((cpu3 - cpu0) / (cpu1 - cpu0)).toFixed(2));
row('peak memory after load (MB RSS)', loadMb);
row('peak memory (MB RSS)', peakRssMb());
row('targets', 'under 60 s, under 3072 MB, ratio under 3');
