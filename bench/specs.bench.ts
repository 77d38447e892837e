/**
 * Spec loading at scale: the whole RapidAPI catalogue (10,428 tools, ~46,000 endpoints) plus its
 * recorded responses. Target: under 30 s and under 2 GB.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpecs } from '../src/specs/index.ts';
import { catalogArchives, unpackCatalog } from './_catalog.ts';
import { peakRssMb, row, timed } from './_measure.ts';

if (!existsSync(catalogArchives.tools)) {
  process.stdout.write(`skipped: ${catalogArchives.tools} not found (../shared/bench is needed)\n`);
  process.exit(0);
}

const unpack = await timed(() => unpackCatalog());
const catalog = unpack.value;
const responseFiles = readdirSync(catalog.responses, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
const { value: result, seconds } = await timed(() => loadSpecs([catalog.tools], { responses: catalog.responses }));

const failed = result.specs.filter((s) => s.issues.some((i) => i.severity === 'error')).length;
const withOutputs = result.operations.filter((o) => o.outputs.length > 0).length;
const fields = result.operations.reduce((n, o) => n + o.outputs.length, 0);
const params = result.operations.reduce((n, o) => n + o.inputs.length, 0);
const warnings = result.issues.filter((i) => i.severity === 'warning').length;

row('catalogue folder', join(catalog.tools, '..'));
row('unpack (s, 0 when reused)', unpack.seconds.toFixed(1));
row('tool files loaded', result.specs.length);
row('tools failed', failed);
row('response files available', responseFiles);
row('operations', result.operations.length);
row('params', params);
row('operations with output fields', withOutputs);
row('output fields', fields);
row('warnings', warnings);
row('load seconds', seconds.toFixed(2));
row('peak memory (MB RSS)', peakRssMb());
row('target', 'under 30 s and under 2048 MB');
