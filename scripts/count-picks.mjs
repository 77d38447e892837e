// Counts chained values taken from a result that carried several candidates (distinct values > 1, or a total/count
// beside the list > 1) with no user turn between the result and the call that names the picked item.
// Usage: node scripts/count-picks.mjs out/dialogues.jsonl [--list]
import { readFileSync } from 'node:fs';
const [file, flag] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const at = (value, path) => {
  let cur = [value];
  for (const raw of path.split('.')) {
    if (!raw) continue;
    const list = raw.endsWith('[]');
    const name = list ? raw.slice(0, -2) : raw;
    const next = [];
    for (const v of cur) {
      const inner = name === '' ? v : v && typeof v === 'object' && !Array.isArray(v) ? v[name] : undefined;
      if (list) { if (Array.isArray(inner)) next.push(...inner); } else if (inner !== undefined) next.push(inner);
    }
    cur = next;
  }
  return cur;
};
const COUNT = /^(total|count|total_?count|totalCount|total_?results|totalResults|num_?results|numResults|total_?items|totalItems|results_?count|resultCount|hits|size|totalElements|total_?records|totalRecords)$/i;
const totalBeside = (result, listPath) => {
  // list path like albums.items[] → parent albums; root fields too.
  const parts = listPath.replace(/\[\]$/, '').split('.');
  const parents = [];
  for (let k = parts.length - 1; k >= 0; k--) parents.push(parts.slice(0, k).join('.'));
  let best = 0;
  for (const p of parents) {
    for (const obj of p ? at(result, p) : [result]) {
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) continue;
      for (const [k, v] of Object.entries(obj)) if (COUNT.test(k) && typeof v === 'number') best = Math.max(best, v);
    }
    break; // only the list's own parent
  }
  return best;
};
let dialogues = 0, chained = 0, several = 0, silent = 0, picked = 0, single = 0;
const silentList = [];
lines.forEach((line, idx) => {
  const d = JSON.parse(line);
  dialogues++;
  let bad = false;
  for (const slot of d.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const field = slot.from.field.replace(/\[\d+\]/g, '[]');
    if (!field.includes('[]')) continue;
    chained++;
    const toolAt = d.turns.findIndex((t) => t.speaker === 'tool' && t.operation === slot.from.operation && t.status === 'ok');
    if (toolAt < 0) continue;
    const result = d.turns[toolAt].result;
    const listPath = field.slice(0, field.lastIndexOf('[]') + 2);
    const items = at(result, listPath);
    const total = totalBeside(result, listPath);
    // Candidates are distinct values at the field (a project id every task shares is no choice), or a total beside the list.
    const distinct = new Set(at(result, field).map((v) => String(v))).size;
    if (distinct <= 1 && total <= 1) { single++; continue; }
    several++;
    const callAt = d.turns.findIndex((t, i) => i > toolAt && t.speaker === 'assistant' && t.call?.operation === slot.operation && !t.error);
    const end = callAt < 0 ? d.turns.length : callAt;
    const rest = field.slice(field.lastIndexOf('[]') + 2).replace(/^\./, '');
    const item = items.find((it) => it && typeof it === 'object' && String(rest ? at(it, rest)[0] : it) === String(slot.value));
    const names = item && typeof item === 'object' ? Object.values(item).filter((v) => typeof v === 'string' && v.length >= 3).map((v) => v.toLowerCase()) : [];
    const chose = d.turns.slice(toolAt + 1, end).some((t) => t.speaker === 'user' && (() => { const x = (t.text ?? '').toLowerCase(); return x.includes(String(slot.value).toLowerCase()) || names.some((n) => x.includes(n)); })());
    if (chose) picked++; else { silent++; bad = true; }
  }
  if (bad) silentList.push(idx);
});
console.log(JSON.stringify({ file, dialogues, chainedFromList: chained, singleMatch: single, several, pickedByUser: picked, silent, silentDialogues: silentList.length }));
if (flag === '--list') console.log(silentList.join(' '));
