// @ts-nocheck — browser code. Each exported function's source text is inlined into the report page
// (html.ts), where they are globals beside `data` (the parsed report data) and the libraries' globals
// Chart, graphology and Sigma; `reportMain()` starts the page. Nothing here runs in Node.
/* eslint-disable */
export function $(sel, root = document) {
  return root.querySelector(sel);
}
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}
export function fmt(n) {
  return typeof n === 'number' ? n.toLocaleString('en-US') : String(n);
}
export function sorted(counts) {
  return Object.entries(counts || {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

// ---- summary ----
export function countTable(title, counts, top) {
  const rows = sorted(counts);
  const total = rows.reduce((s, [, c]) => s + c, 0);
  const max = Math.max(1, ...rows.map(([, c]) => c));
  const shown = top ? rows.slice(0, top) : rows;
  const table = el('table', { class: 'counts' }, el('caption', { text: title }));
  for (const [key, count] of shown) {
    const bar = el('span', { class: 'bar' });
    bar.style.width = `${Math.max(1, Math.round((count / max) * 100))}%`;
    table.append(el('tr', {}, el('td', { class: 'key', text: key }), el('td', { class: 'num', text: fmt(count) }), el('td', { class: 'num share', text: total ? `${((count / total) * 100).toFixed(1)}%` : '' }), el('td', { class: 'barcell' }, bar)));
  }
  if (rows.length === 0) table.append(el('tr', {}, el('td', { class: 'muted', text: 'none' })));
  if (top && rows.length > top) table.append(el('tr', {}, el('td', { class: 'muted', colspan: '4', text: `(${rows.length - top} more)` })));
  return table;
}
export function figures(title, pairs) {
  const dl = el('dl', { class: 'figures' });
  for (const [k, v] of pairs) dl.append(el('dt', { text: k }), el('dd', { text: v }));
  return el('section', { class: 'card' }, el('h3', { text: title }), dl);
}
export function drawSummary() {
  const root = $('#view-summary');
  const m = data.manifest || {};
  const s = data.stats;
  const q = data.quality;
  const counts = m.counts || {};
  root.append(
    el('div', { class: 'cards' },
      figures('Run', [
        ['dialogues', fmt(s.dialogues)],
        ['planned / written / rejected', m.counts ? `${fmt(counts.planned)} / ${fmt(counts.written)} / ${fmt(counts.rejected)}` : 'no manifest.json'],
        ['seed', m.seed ?? '–'],
        ['realizer', m.realizer ?? '–'],
        ['generator', m.generator ?? '–'],
        ['spec files', m.specs ? fmt(m.specs.length) : '–'],
        ['complete', m.complete === undefined ? '–' : String(m.complete)],
      ]),
      figures('Turns', [
        ['per dialogue (min / median / mean / max)', `${s.turns.min} / ${s.turns.median} / ${s.turns.mean} / ${s.turns.max}`],
        ['unreadable lines', fmt(data.badLines)],
      ]),
      figures('Quality', [
        ['utterances', fmt(q.utterances)],
        ['repeated utterances', `${(q.repeatedShare * 100).toFixed(1)}%`],
        ['distinct-1 / distinct-2', `${q.distinct1} / ${q.distinct2}`],
        ['records failing the checker now', fmt(q.failingRecords)],
      ]),
    ),
    el('div', { class: 'grid' },
      countTable('flow family', s.families),
      countTable('flow', s.flows),
      countTable('action', s.actions),
      countTable('API (dialogues using it)', data.charts.apis, 30),
      countTable('split', s.splits),
      countTable('rejected plans by reason', m.rejected || {}),
      countTable('rule violations (checker, by rule)', q.violations),
      countTable('self-correction kind', s.selfCorrection),
      countTable('operation called', s.operations, 20),
      countTable('most repeated utterances', Object.fromEntries(q.mostRepeated)),
    ),
  );
}

// ---- charts ----
export function spacedColor(i) {
  return `hsl(${Math.round((i * 137.508) % 360)}, 60%, 55%)`;
}
export function chartCard(id, title) {
  const card = el('section', { class: 'card chart' }, el('h3', { text: title }), el('div', { class: 'canvas-box' }, el('canvas', { id })));
  $('#view-charts .grid').append(card);
  return $(`#${id}`);
}
export function barChart(id, title, counts, options = {}) {
  const rows = options.keepOrder ? Object.entries(counts) : sorted(counts);
  const shown = options.top ? rows.slice(0, options.top) : rows;
  new Chart(chartCard(id, title), {
    type: 'bar',
    data: { labels: shown.map(([k]) => k), datasets: [{ label: options.label || 'dialogues', data: shown.map(([, c]) => c), backgroundColor: '#4e79a7' }] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: options.horizontal ? 'y' : 'x',
      scales: options.horizontal ? { y: { ticks: { autoSkip: false, font: { size: shown.length > 15 ? 9 : 11 } } } } : {},
      plugins: { legend: { display: false } },
    },
  });
}
export function drawCharts() {
  const s = data.stats;
  barChart('chart-families', 'Flow families', s.families, { horizontal: true });
  barChart('chart-flows', 'Flows', s.flows, { horizontal: true, top: 25 });
  const actions = Object.keys(s.actions).sort();
  const positions = data.charts.actionsByPosition;
  new Chart(chartCard('chart-positions', 'Actions per turn position (tool turns left out)'), {
    type: 'bar',
    data: {
      labels: positions.map((_, i) => String(i + 1)),
      datasets: actions.map((a, i) => ({ label: a, data: positions.map((p) => p[a] || 0), backgroundColor: spacedColor(i) })),
    },
    options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true, title: { display: true, text: 'turn' } }, y: { stacked: true } }, plugins: { legend: { position: 'right', labels: { boxWidth: 10, font: { size: 10 } } } } },
  });
  barChart('chart-lengths', 'Dialogue length (turns)', s.turns.histogram, { keepOrder: true });
  barChart('chart-masked', 'Masked parameters per dialogue', s.masked.perDialogue, { keepOrder: true });
  barChart('chart-masked-params', 'Most masked parameters', s.masked.params, { horizontal: true, top: 20, label: 'times masked' });
}

// ---- graph ----
export function drawGraph() {
  const root = $('#view-graph');
  const g = data.graph;
  if (!g) {
    root.append(el('p', { class: 'note', text: `No API graph: ${data.graphNote}` }));
    return;
  }
  const legend = el('div', { class: 'legend' });
  for (const [kind, color] of Object.entries(g.kindColors)) legend.append(el('span', { class: 'swatch-line' }, el('i', { style: `background:${color}` }), kind));
  legend.append(el('br'));
  const apis = Object.entries(g.apiColors);
  for (const [api, color] of apis.slice(0, 40)) legend.append(el('span', { class: 'swatch' }, el('i', { style: `background:${color}` }), api));
  if (apis.length > 40) legend.append(el('span', { class: 'muted', text: ` +${apis.length - 40} more APIs` }));
  const info = el('div', { id: 'graph-hover', class: 'hover-box', text: 'Hover an operation or an edge.' });
  root.append(el('p', { class: 'muted', text: `${fmt(g.nodes.length)} operations, ${fmt(g.edges.length)} edges; ${g.source}. Layout: ForceAtlas2, computed when the report was written.` }), legend, el('div', { class: 'graph-wrap' }, el('div', { id: 'graph-canvas' }), info));
  const graph = new graphology.DirectedGraph();
  for (const n of g.nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, color: n.color, label: n.id, api: n.api, path: n.label });
  g.edges.forEach((e, i) => {
    if (!graph.hasEdge(e.from, e.to)) graph.addDirectedEdgeWithKey(`e${i}`, e.from, e.to, { color: g.kindColors[e.kind] || '#999', size: 1 + e.score, type: 'arrow', index: i });
  });
  const renderer = new Sigma(graph, $('#graph-canvas'), { enableEdgeEvents: true, renderEdgeLabels: false, labelRenderedSizeThreshold: g.nodes.length > 300 ? 14 : 8, defaultEdgeType: 'arrow' });
  const box = $('#graph-hover');
  renderer.on('enterNode', ({ node }) => {
    const a = graph.getNodeAttributes(node);
    box.replaceChildren(el('b', { text: node }), el('div', { text: `${a.path} · API ${a.api}` }), el('div', { text: `${graph.inDegree(node)} edges in, ${graph.outDegree(node)} out` }));
  });
  renderer.on('enterEdge', ({ edge }) => {
    const e = g.edges[graph.getEdgeAttribute(edge, 'index')];
    box.replaceChildren(el('b', { text: `${e.from} → ${e.to}` }), el('div', { text: `kind ${e.kind}, score ${e.score}` }));
    for (const p of e.pairs) box.append(el('div', { class: 'pair', text: `${p.output} → ${p.input} (${p.score}): ${p.reasons.join('; ')}` }));
  });
  window.__reportSigma = renderer;
}

// ---- dialogues ----
export function dialogueFilters() {
  return [
  ['flow', 'flow', 'flows', (d) => [d.flow]],
  ['family', 'family', 'families', (d) => [d.family]],
  ['api', 'API', 'APIs', (d) => d.apis],
  ['operation', 'operation', 'operations', (d) => d.operations],
  ['split', 'split', 'splits', (d) => [d.split || '(none)']],
  ];
}
export function highlighted(text, values) {
  // Masked values said in this turn: split the text around each (case-insensitive) and mark them.
  const frag = document.createDocumentFragment();
  const lower = text.toLowerCase();
  let at = 0;
  while (at < text.length) {
    let best = null;
    for (const v of values) {
      if (!v.value) continue;
      const i = lower.indexOf(v.value.toLowerCase(), at);
      if (i >= 0 && (best === null || i < best.i)) best = { i, v };
    }
    if (!best) break;
    frag.append(text.slice(at, best.i), el('mark', { class: 'masked', title: `masked ${best.v.param}: finally said here`, text: text.slice(best.i, best.i + best.v.value.length) }));
    at = best.i + best.v.value.length;
  }
  frag.append(text.slice(at));
  return frag;
}
/** A tool result indented for reading (a result cut short in the data stays as it is). */
export function pretty(json) {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
export function bubble(d, turn, i) {
  if (turn.speaker === 'tool') {
    return el('div', { class: `row tool ${turn.status === 'error' ? 'tool-error' : ''}` },
      el('details', { class: 'fold' }, el('summary', { text: `tool result · ${turn.operation} · ${turn.status}` }), el('pre', { text: pretty(turn.result) })));
  }
  const label = el('span', { class: 'action', text: turn.action });
  const b = el('div', { class: `bubble ${turn.speaker}` }, el('div', { class: 'meta' }, el('span', { class: 'turn-no', text: `#${i}` }), label));
  if (turn.error) b.append(el('div', { class: 'wrong-label', text: `wrong turn on purpose (${turn.error.kind}): ${turn.error.note} · not trained on` }));
  if (turn.corrects !== undefined) b.append(el('div', { class: 'fix-label', text: `fixes turn #${turn.corrects}` }));
  if (turn.text) b.append(el('div', { class: 'text' }, highlighted(turn.text, d.masked.filter((m) => m.turn === i))));
  if (turn.request) b.append(el('div', { class: 'muted small', text: `asks for: ${turn.request.join(', ')}` }));
  if (turn.suggest) b.append(el('div', { class: 'muted small', text: `suggests: ${turn.suggest}` }));
  if (turn.retrieved) {
    b.classList.add('has-ranking');
    b.append(el('div', { class: 'muted small', text: `search: “${turn.query || ''}” → ${turn.retrieved[0] ? turn.retrieved[0][0] : 'nothing'} (hover for the ranking)` }));
    const ranking = el('ol', { class: 'ranking' });
    for (const [op, score] of turn.retrieved) ranking.append(el('li', { text: `${op}  ${score}` }));
    b.append(ranking);
  }
  if (turn.call) b.append(el('details', { class: 'fold' }, el('summary', { text: `call ${turn.call.operation}` }), el('pre', { text: JSON.stringify(turn.call.arguments, null, 2) })));
  if (turn.thought) b.append(el('div', { class: 'thought', text: turn.thought }));
  const row = el('div', { class: `row ${turn.speaker}` }, b);
  if (turn.error) row.classList.add('wrong');
  if (turn.corrects !== undefined) row.classList.add('fix');
  return row;
}
export function drawChat(d) {
  const chat = $('#chat');
  chat.dataset.id = d.id;
  chat.replaceChildren(
    el('div', { class: 'chat-head' },
      el('b', { text: d.id }), ` · ${d.flow} (${d.family}) · split ${d.split || '–'}${d.edgeType ? ` · edge ${d.edgeType}` : ''}${d.selfCorrection ? ` · self-correction ${d.selfCorrection}` : ''}`,
      el('div', { class: 'muted small', text: `operations: ${d.operations.join(' → ')}` }),
      d.masked.length ? el('div', { class: 'muted small', text: `masked: ${d.masked.map((m) => `${m.param} = ${m.value}`).join(', ')}` }) : null),
  );
  d.turns.forEach((t, i) => chat.append(bubble(d, t, i)));
  for (const li of document.querySelectorAll('#dialogue-list li')) li.classList.toggle('selected', li.dataset.id === d.id);
}
export function drawDialogues() {
  const root = $('#view-dialogues');
  const ds = data.dialogues;
  const selects = {};
  const bar = el('div', { class: 'filters' });
  const filters = dialogueFilters();
  for (const [key, label, plural, values] of filters) {
    const counts = {};
    for (const d of ds) for (const v of values(d)) counts[v] = (counts[v] || 0) + 1;
    const select = el('select', { id: `filter-${key}` }, el('option', { value: '', text: `all ${plural}` }));
    for (const [v, c] of Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : 1))) select.append(el('option', { value: v, text: `${v} (${c})` }));
    select.addEventListener('change', refresh);
    selects[key] = select;
    bar.append(el('label', {}, `${label} `, select));
  }
  const count = el('div', { id: 'dialogue-count', class: 'muted' });
  if (data.sampleNote) root.append(el('p', { class: 'note', id: 'sample-note', text: data.sampleNote }));
  root.append(bar, count, el('div', { class: 'browser' }, el('ul', { id: 'dialogue-list' }), el('div', { id: 'chat' })));
  function refresh() {
    const matches = ds.filter((d) => filters.every(([key, , , values]) => !selects[key].value || values(d).includes(selects[key].value)));
    count.textContent = `${fmt(matches.length)} of ${fmt(ds.length)} dialogues in this report match${matches.length > 300 ? ` (first ${300} listed)` : ''}`;
    count.dataset.matches = String(matches.length);
    const list = $('#dialogue-list');
    list.replaceChildren(...matches.slice(0, 300).map((d) => {
      const first = d.turns.find((t) => t.speaker === 'user' && t.text);
      return el('li', { 'data-id': d.id, onclick: () => drawChat(d) }, el('b', { text: d.id }), el('span', { class: 'small', text: ` ${d.flow}` }), el('div', { class: 'small muted', text: first ? first.text : '' }));
    }));
    if (matches[0]) drawChat(matches[0]);
    else $('#chat').replaceChildren(el('p', { class: 'muted', text: 'No dialogue matches these filters.' }));
  }
  refresh();
}



/** Entry point: tabs that draw their view the first time it is shown. */
export function reportMain() {
  const views = ['summary', 'charts', 'graph', 'dialogues'];
  const draw = { summary: drawSummary, charts: drawCharts, graph: drawGraph, dialogues: drawDialogues };
  const drawn = {};
  const show = (view) => {
    for (const v of views) {
      $(`#view-${v}`).hidden = v !== view;
      $(`#tab-${v}`).classList.toggle('active', v === view);
    }
    if (!drawn[view]) {
      drawn[view] = true;
      draw[view]();
    }
    document.body.dataset.view = view;
  };
  for (const v of views) $(`#tab-${v}`).addEventListener('click', () => show(v));
  show('summary');
  document.body.dataset.ready = 'true';
}
