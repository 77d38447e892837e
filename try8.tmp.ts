import { loadCatalog, createDialoguePlanner, generateDialogues } from './src/generate.ts';
const cat = await loadCatalog({ specs: ['api-specs'] });
const n = Number(process.argv[2]);
for (let seed = 1; seed < 60; seed++) {
  const planner = createDialoguePlanner(cat, { seed });
  const fams = new Set<string>(); let rej = 0;
  for await (const it of generateDialogues({ planner, start: 0, end: n })) { if ('record' in it) fams.add(it.record.family); else rej++; }
  if (fams.size === 9 && rej === 0) { console.log('seed', seed); break; }
}
