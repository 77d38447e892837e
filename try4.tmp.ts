import { loadCatalog, createDialoguePlanner } from './src/generate.ts';
import { realize } from './src/realize/index.ts';
import { checkDialogue } from './src/check/index.ts';
const cat = await loadCatalog({ specs: [process.argv[2]!] });
const planner = createDialoguePlanner(cat, { seed: 1 });
const N = Number(process.argv[3]);
for (let i = 0; i < N; i++) {
  const p = planner.plan(i); if ('error' in p) { console.log(i, 'PLAN', p.error.slice(0, 150)); continue; }
  const r = realize(p, { retriever: planner.retriever });
  const c = checkDialogue(r, { retriever: planner.retriever, flowActions: planner.flowActions });
  if (!c.ok && !c.violations[0]!.message.includes('originLat')) console.log(i, r.flow, JSON.stringify(c.violations.slice(0, 2)));
}
