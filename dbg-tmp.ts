import { readFileSync } from 'node:fs';
import { checkMeaning } from './src/check/index.ts';
for (const f of process.argv.slice(2)) {
  const lines = readFileSync(f, 'utf8').trim().split('\n');
  const counts: Record<string, number> = {};
  lines.forEach((l, i) => { for (const v of checkMeaning(JSON.parse(l))) if (['event_local_time','past_price_off_level','short_span_price_swing','span_beyond_documented','year_outside_documented'].includes(v.invariant)) { counts[v.invariant] = (counts[v.invariant] ?? 0) + 1; if (counts[v.invariant]! <= 3) console.log(i, v.invariant, v.message.slice(0, 160)); } });
  console.log(f, counts);
}
