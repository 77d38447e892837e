import { loadSpecs } from './src/specs/index.ts';
import { intentPhrase, slotNoun } from './src/realize/index.ts';
import { domainPhrase, apiName } from './src/realize/words.ts';
const dir = process.argv[2]!;
const r = await loadSpecs([dir]);
for (const op of r.operations) {
  const rec = { name: op.name, api: op.api.name, category: op.api.category, description: op.summary || op.description || '', method: op.method, path: op.path, parameters: { type: 'object', properties: Object.fromEntries(op.inputs.map(p => [p.name, { ...p.schema, description: p.description }])) } };
  console.log(`${op.id} | ${intentPhrase(rec as any)} | ${domainPhrase(rec as any)} / ${apiName(rec as any)} | ${op.inputs.map(p => p.name + '→' + slotNoun(p.name, rec as any)).join(', ')}`);
}
