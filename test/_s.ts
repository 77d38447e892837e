import * as G from '../src/generate.ts';
import { writeExports, validateFile } from '../src/export/index.ts';
import { bundledSpecsDir } from './_shared.ts';
const catalog = await G.loadCatalog({ specs: [bundledSpecsDir] });
const planner = G.createDialoguePlanner(catalog, { seed: 7 });
const recs = []; const rej: Record<string, number> = {};
for await (const item of G.generateDialogues({ planner, start: 0, end: 600 })) { if ('record' in item) recs.push(item.record); else rej[item.rejected.reason] = (rej[item.rejected.reason] ?? 0) + 1; }
console.log('records', recs.length, 'rejected', rej);
const s = await writeExports(recs, '/tmp/exp3', {});
console.log(JSON.stringify({ d: s.dialogues, perSplit: s.counts.perSplit, perFamily: s.counts.perFamily, apis: s.apisPerSplit, invalid: s.invalidRows.slice(0, 3), rejected: s.rejected.slice(0, 2), sg: s.sharegptSkipped }, null, 1));
for (const f of s.files) { const r = await validateFile('/tmp/exp3/' + f.path); if (r.problems.length) console.log(f.path, r.problems.slice(0, 3)); }
