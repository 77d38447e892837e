import { readFileSync } from 'node:fs';
import { checkMeaning } from './src/check/index.ts';
for (const f of process.argv.slice(2)) {
  const counts: Record<string, number> = { values_phrase: 0, code_as_said: 0, split_acronym: 0 };
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line) continue;
    const seen = new Set(checkMeaning(JSON.parse(line)).map((v) => v.invariant).filter((v) => v in counts));
    for (const v of seen) counts[v]! += 1;
  }
  console.log(f, JSON.stringify(counts));
}
