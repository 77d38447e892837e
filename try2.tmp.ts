import { loadCatalog, createDialoguePlanner } from './src/generate.ts';
import { realize } from './src/realize/index.ts';
import { checkDialogue } from './src/check/index.ts';
const idx = process.argv.slice(2).map(Number);
const cat = await loadCatalog({ specs: (process.env.SPECS ?? "api-specs").split(","), ...(process.env.RESP ? { responses: process.env.RESP } : {}) });
const planner = createDialoguePlanner(cat, { seed: 1 });
for (const i of idx) {
  const p = planner.plan(i);
  if ('error' in p) { console.log(i, p.error); continue; }
  const r = realize(p, { retriever: planner.retriever });
  console.log(`#${i} ${r.flow} ${r.family} chain=${r.chain.join(' > ')}`);
  console.log('slots', JSON.stringify(r.slots));
  for (const t of r.turns) {
    if (t.speaker === 'tool') { console.log(`   [tool ${t.status}] ${JSON.stringify(t.result).slice(0, 300)}`); continue; }
    const a = t as any;
    console.log(`${t.speaker === 'user' ? 'U' : 'A'} ${t.action}${a.error ? ' ERR' : ''}: ${a.text ?? ''}${a.call ? ' CALL ' + JSON.stringify(a.call.arguments) : ''}${a.query ? ' Q="' + a.query + '" → ' + (a.retrieved||[]).map((x:any)=>x.operation).slice(0,3).join(',') : ''}`);
    if (a.thought) console.log(`      (${a.thought})`);
  }
  const c = checkDialogue(r, { retriever: planner.retriever, flowActions: planner.flowActions });
  console.log(JSON.stringify(c));
}
