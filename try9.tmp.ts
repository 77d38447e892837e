import { readFileSync } from 'node:fs';
const lines = readFileSync('output/sample/dialogues.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const want = process.argv[2];
for (const r of lines) {
  if (want && r.id !== want) { continue; }
  console.log(`\n## ${r.id} ${r.flow} ${r.family} chain=${r.chain.join(' > ')} turns=${r.turns.length}`);
  for (const t of r.turns) {
    if (t.speaker === 'tool') { console.log(`tool       ${JSON.stringify(t.result).slice(0, 110)}${JSON.stringify(t.result).length > 110 ? '…' : ''}`); continue; }
    if (t.action === 'retriever_call') { console.log(`assistant  [retriever_call] search "${t.query}" → ${t.retrieved.slice(0, 2).map((x: any) => `${x.operation} ${x.score}`).join(', ')}…`); continue; }
    if (t.action === 'call') { console.log(`assistant  [call${t.error ? ', error: ' + t.error.kind : ''}] ${t.call.operation} ${JSON.stringify(t.call.arguments)}`); continue; }
    console.log(`${t.speaker.padEnd(10)} [${t.action}] ${t.text}`);
  }
}
