import { loadCatalog, createDialoguePlanner } from './src/generate.ts';
import { realize } from './src/realize/index.ts';
import { checkDialogue } from './src/check/index.ts';
const cat = await loadCatalog({ specs: [process.argv[2]!] });
const planner = createDialoguePlanner(cat, { seed: Number(process.argv[4] ?? 1) });
const want = Number(process.argv[3]);
const seen: Record<string, number> = {};
for (let i = 0; i < 400 && Object.values(seen).reduce((a, b) => a + b, 0) < want; i++) {
  const p = planner.plan(i); if ('error' in p) continue;
  if ((seen[p.family] ?? 0) >= Math.ceil(want / 9)) continue;
  seen[p.family] = (seen[p.family] ?? 0) + 1;
  const r = realize(p, { retriever: planner.retriever });
  const c = checkDialogue(r, { retriever: planner.retriever, flowActions: planner.flowActions });
  console.log(`\n#${i} ${r.flow} ${r.family} ${c.ok ? 'OK' : 'REJECTED ' + c.violations[0]!.message}`);
  for (const t of r.turns) {
    if (t.speaker === 'tool') { console.log(`   [tool ${t.status}] ${JSON.stringify(t.result).slice(0, 160)}`); continue; }
    const a = t as any;
    if (a.action === 'retriever_call') { console.log(`   [search "${a.query}" → ${(a.retrieved||[]).map((x:any)=>x.operation).slice(0,3).join(', ')}]  (${a.thought})`); continue; }
    if (a.action === 'call') { console.log(`   [call ${a.call.operation} ${JSON.stringify(a.call.arguments)}${a.error ? ' ERROR ' + a.error.kind : ''}]  (${a.thought})`); continue; }
    console.log(`${t.speaker === 'user' ? 'USER' : 'ASST'} (${t.action}${a.error ? ' ERR' : ''}): ${a.text ?? ''}`);
  }
}
