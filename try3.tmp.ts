import { performance } from 'node:perf_hooks';
import { loadCatalog, createDialoguePlanner } from './src/generate.ts';
import { realize } from './src/realize/index.ts';
import { checkDialogue } from './src/check/index.ts';
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, Math.round(n - t), 'ms'); t = n; };
const cat = await loadCatalog({ specs: [process.argv[2] ?? 'api-specs'] }); lap('load+graph');
const planner = createDialoguePlanner(cat, { seed: 1 }); lap('catalog');
const N = Number(process.argv[3] ?? 500);
let tp = 0, tr = 0, tc = 0, bad = 0; const reasons: Record<string, number> = {};
for (let i = 0; i < N; i++) {
  let a = performance.now(); const p = planner.plan(i); tp += performance.now() - a;
  if ('error' in p) { reasons['plan'] = (reasons['plan'] ?? 0) + 1; continue; }
  a = performance.now(); const r = realize(p, { retriever: planner.retriever }); tr += performance.now() - a;
  a = performance.now(); const c = checkDialogue(r, { retriever: planner.retriever, flowActions: planner.flowActions }); tc += performance.now() - a;
  if (!c.ok) { bad++; const k = c.violations[0]!.invariant + ': ' + c.violations[0]!.message.slice(0, 90); reasons[k] = (reasons[k] ?? 0) + 1; }
}
console.log({ plan: Math.round(tp), realize: Math.round(tr), check: Math.round(tc), bad });
console.log(reasons);
