import { readFileSync } from 'node:fs';
import { checkIds22 } from './src/check/_rules-ids22.ts';
const [file, only] = process.argv.slice(2);
readFileSync(file!, 'utf8').split('\n').forEach((line, i) => {
  if (!line) return;
  const rec = JSON.parse(line);
  checkIds22(rec, (id, turn, msg) => { if (!only || id === only) console.log(i, id, msg.slice(0, 230)); });
});
