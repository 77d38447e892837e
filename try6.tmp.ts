import { loadCatalog, createDialoguePlanner } from './src/generate.ts';
import { realize } from './src/realize/index.ts';
import { checkDialogue } from './src/check/index.ts';
const specs = process.argv[2]!.split(',');
const cat = await loadCatalog({ specs, ...(process.argv[4] ? { responses: process.argv[4] } : {}) });
console.log('ops', cat.operations.length, 'warnings', cat.warnings.length);
const planner = createDialoguePlanner(cat, { seed: 1 }); const START = Number(process.env.START ?? 0);
const N = Number(process.argv[3]);
const reasons: Record<string, number> = {}; const fam: Record<string, number> = {}; const acts = new Set<string>();
let ok = 0;
for (let i = START; i < START + N; i++) {
  const p = planner.plan(i); if ('error' in p) { const k = 'PLAN ' + p.error.replace(/[a-z0-9_-]+\.[A-Za-z0-9_.-]+/g, 'X').slice(0, 80); reasons[k] = (reasons[k] ?? 0) + 1; continue; }
  const r = realize(p, { retriever: planner.retriever });
  const c = checkDialogue(r, { retriever: planner.retriever, flowActions: planner.flowActions });
  if (!c.ok) { const k = c.violations[0]!.invariant + ' ' + c.violations[0]!.message.replace(/"[^"]*"/g, '"…"').slice(0, 90); reasons[k] = (reasons[k] ?? 0) + 1; if (process.env.SHOW) console.log(i, JSON.stringify(c.violations[0])); continue; }
  ok++; fam[r.family] = (fam[r.family] ?? 0) + 1; for (const t of r.turns) if (t.speaker !== 'tool') acts.add(t.action);
}
console.log('ok', ok, 'of', N, fam, 'actions', acts.size);
console.log(reasons);
