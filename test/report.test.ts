/**
 * dialforge report: the page's data (summary, sample, graph), safe embedding of any text, byte-identical
 * output, the CLI, and the page itself in a real headless Chromium (Debian's package, driven by
 * playwright-core): loads without a console error, every view draws, the filters change what is shown.
 * Screenshots of each view go to tmp/report-screenshots/ (git-ignored).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DialforgeError } from '../src/errors.ts';
import { DirectedGraph } from 'graphology';
import type { ApiGraph } from '../src/graph/index.ts';
import { reportGraph } from '../src/report/graph.ts';
import { buildReport, jsonForScript, scriptForHtml, writeReport } from '../src/report/index.ts';
import { projectRoot } from './_shared.ts';

/** The page's `document`, for the callbacks page.evaluate runs in the browser (the project's types have no DOM). */
declare const document: { getElementById(id: string): { textContent: string | null; getBoundingClientRect(): { left: number; top: number } } | null };

const exec = promisify(execFile);
const sample = join(projectRoot, 'output', 'sample');
const screenshots = join(projectRoot, 'tmp', 'report-screenshots');
/** The sample's dialogues plus the hostile one the tests add (the sample's size is whatever its 20 plans wrote). */
const TOTAL = readFileSync(join(sample, 'dialogues.jsonl'), 'utf8').trim().split('\n').length + 1;
const HOSTILE = 'I need </script><script>window.__pwned = 1</script><!-- a comment and \u2028 a line separator';

/** Chromium from CHROMIUM_PATH or the usual Debian/Ubuntu places; undefined when none is installed. */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path));
}

/** The committed sample plus one record whose user text tries to end the page's script blocks. */
async function sampleFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'dialforge-report-'));
  await copyFile(join(sample, 'manifest.json'), join(folder, 'manifest.json'));
  const lines = (await readFile(join(sample, 'dialogues.jsonl'), 'utf8')).trim().split('\n');
  const hostile = JSON.parse(lines[0]!) as { id: string; index: number; turns: Array<{ speaker: string; text?: string }> };
  hostile.id = 'hostile-0';
  hostile.index = lines.length;
  hostile.turns[0]!.text = HOSTILE;
  await writeFile(join(folder, 'dialogues.jsonl'), `${[...lines, JSON.stringify(hostile)].join('\n')}\n`);
  return folder;
}

describe('report data and page text', async () => {
  const folder = await sampleFolder();
  after(() => rm(folder, { recursive: true, force: true }));

  it('embeds data so that no text can end a script block, and reads it back unchanged', () => {
    const json = jsonForScript({ text: HOSTILE });
    assert.doesNotMatch(json, /<\/script|<!--|\u2028/i);
    assert.deepEqual(JSON.parse(json), { text: HOSTILE });
    assert.doesNotMatch(scriptForHtml('const s = "</script>"; const t = "<!-- x";'), /<\/script|<!--/i);
  });

  it('counts every dialogue, builds the graph from the manifest specs, and samples the browser deterministically', async () => {
    const { html, data } = await buildReport(folder, { maxDialogues: 5 });
    assert.equal(data.stats.dialogues, TOTAL);
    assert.equal(data.dialogues.length, 5);
    assert.match(data.sampleNote ?? '', new RegExp(`sample of 5 of the ${TOTAL} dialogues`));
    assert.ok(data.graph, data.graphNote ?? '');
    assert.equal(data.graph.nodes.length, 94);
    assert.ok(data.graph.edges.length > 0);
    assert.ok(data.graph.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y)));
    assert.equal(data.manifest?.seed, 1);
    // Exactly the page's own script blocks end: the hostile text did not add one.
    const scripts = (html.match(/<script\b/g) ?? []).length;
    assert.equal((html.match(/<\/script>/g) ?? []).length, scripts);
    const again = await buildReport(folder, { maxDialogues: 5 });
    assert.equal(again.html, html, 'same folder, same page (byte-identical)');
    assert.deepEqual(again.data.dialogues.map((d) => d.id), data.dialogues.map((d) => d.id));
  });

  it('marks where a masked value is finally said, and the wrong turn of a self-correction', async () => {
    const { data } = await buildReport(folder);
    assert.equal(data.sampleNote, null);
    const masked = data.dialogues.flatMap((d) => d.masked.map((m) => ({ m, d })));
    assert.ok(masked.length > 0);
    for (const { m, d } of masked) {
      if (m.turn === null) continue;
      const turn = d.turns[m.turn]!;
      assert.equal(turn.speaker, 'user');
      assert.ok(turn.informs?.includes(m.param), `${d.id}: turn ${m.turn} informs ${m.param}`);
    }
    const corrected = data.dialogues.filter((d) => d.selfCorrection !== null);
    assert.ok(corrected.length > 0);
    for (const d of corrected) {
      const fix = d.turns.find((t) => t.corrects !== undefined)!;
      assert.ok(d.turns[fix.corrects!]!.error, `${d.id}: the turn fixed is the wrong one`);
    }
  });

  it('gives every API of a large catalogue its own hex colour (the only kind sigma.js draws) and places every node', () => {
    const graph = new DirectedGraph() as unknown as ApiGraph;
    for (let i = 0; i < 60; i++) graph.addNode(`api${i}.get`, { api: `api${i}`, method: 'GET', path: `/things/${i}` } as never);
    for (let i = 1; i < 60; i++) graph.addEdge(`api${i - 1}.get`, `api${i}.get`, { kind: 'yesyes', relation: 'lookup', score: 0.8, pairs: [] });
    const drawn = reportGraph(graph, 'test');
    const colors = Object.values(drawn.apiColors);
    assert.equal(new Set(colors).size, 60);
    assert.ok(colors.every((c) => /^#[0-9a-f]{6}$/.test(c)), colors.join(' '));
    assert.ok(drawn.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y) && /^#[0-9a-f]{6}$/.test(n.color)));
  });

  it('says which file is missing when the folder holds no dialogues.jsonl', async () => {
    await assert.rejects(writeReport(join(folder, 'nope')), (error: unknown) => error instanceof DialforgeError && /dialogues\.jsonl not found/.test(error.message));
  });

  it('the CLI writes the page and prints its size', async () => {
    const out = join(folder, 'page', 'r.html');
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'report', folder, '-o', out, '--max-dialogues', '10'], { cwd: projectRoot });
    assert.match(stdout, new RegExp(`wrote .*r\\.html: [\\d.]+ MB, ${TOTAL} dialogues \\(10 in the browser\\), graph 94 operations`));
    assert.ok((await readFile(out, 'utf8')).startsWith('<!doctype html>'));
  });
});

const chromiumPath = findChromium();
describe('report page in headless Chromium', { skip: chromiumPath ? false : 'no Chromium found (install the Debian package: apt-get install -y chromium, or set CHROMIUM_PATH): browser checks skipped' }, async () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let folder: string;

  before(async () => {
    folder = await sampleFolder();
    await writeReport(folder, join(folder, 'report.html'));
    await mkdir(screenshots, { recursive: true });
    // SwiftShader gives sigma.js its WebGL without a GPU.
    browser = await chromium.launch({ executablePath: chromiumPath!, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`network request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(folder, 'report.html')).href);
    await page.waitForSelector('body[data-ready="true"]');
  });
  after(async () => {
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('loads from disk with the summary and no console error', async () => {
    assert.equal(await page.isVisible('#view-summary'), true);
    assert.match(await page.textContent('#view-summary') ?? '', /fail_inform/);
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined, 'data text ran as a script');
    await page.screenshot({ path: join(screenshots, 'summary.png') });
    assert.deepEqual(problems, []);
  });

  it('draws the charts', async () => {
    await page.click('#tab-charts');
    assert.equal(await page.locator('#view-charts canvas').count(), 6);
    await page.screenshot({ path: join(screenshots, 'charts.png') });
    assert.deepEqual(problems, []);
  });

  it('draws the API graph and shows an edge pair with its evidence on hover', async () => {
    await page.click('#tab-graph');
    await page.waitForSelector('#graph-canvas canvas');
    // Hover the middle of the best edge: sigma maps graph coordinates to the screen.
    const point = await page.evaluate(() => {
      const w = globalThis as unknown as { __reportSigma: { getGraph(): { getNodeAttributes(n: string): { x: number; y: number } }; graphToViewport(p: { x: number; y: number }): { x: number; y: number } } };
      const data = JSON.parse(document.getElementById('report-data')!.textContent!) as { graph: { nodes: Array<{ id: string }> } };
      const node = data.graph.nodes[0]!.id;
      const p = w.__reportSigma.graphToViewport(w.__reportSigma.getGraph().getNodeAttributes(node));
      const box = document.getElementById('graph-canvas')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, node };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction((node) => document.getElementById('graph-hover')?.textContent?.includes(node), point.node);
    // An edge: the middle of the longest edge on screen (clear of node discs), reached in steps as a hand moves the mouse.
    const edgePoint = await page.evaluate(() => {
      const w = globalThis as unknown as { __reportSigma: { getGraph(): { getNodeAttributes(n: string): { x: number; y: number } }; graphToViewport(p: { x: number; y: number }): { x: number; y: number } } };
      const data = JSON.parse(document.getElementById('report-data')!.textContent!) as { graph: { edges: Array<{ from: string; to: string }> } };
      const ends = data.graph.edges.map((edge) => [edge.from, edge.to].map((n) => w.__reportSigma.graphToViewport(w.__reportSigma.getGraph().getNodeAttributes(n))));
      const length = (e: Array<{ x: number; y: number }>): number => Math.hypot(e[0]!.x - e[1]!.x, e[0]!.y - e[1]!.y);
      const [a, b] = ends.reduce((best, e) => (length(e) > length(best) ? e : best)) as [{ x: number; y: number }, { x: number; y: number }];
      const box = document.getElementById('graph-canvas')!.getBoundingClientRect();
      return { x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2 };
    });
    await page.mouse.move(edgePoint.x, edgePoint.y, { steps: 5 });
    await page.waitForFunction(() => /→.*kind (yesyes|yeszero|zeroyes|zerozero), score/.test(document.getElementById('graph-hover')?.textContent ?? ''));
    assert.match(await page.textContent('#graph-hover') ?? '', /\S+ → \S+ \([\d.]+\): /, 'a field → param pair with its score and evidence');
    await page.screenshot({ path: join(screenshots, 'graph.png') });
    assert.deepEqual(problems, []);
  });

  it('filters the dialogue browser by family, API and split, and shows a dialogue as bubbles', async () => {
    await page.click('#tab-dialogues');
    const matches = async (): Promise<number> => Number(await page.getAttribute('#dialogue-count', 'data-matches'));
    assert.equal(await matches(), TOTAL);
    await page.selectOption('#filter-family', 'self_correction');
    const corrected = await matches();
    assert.ok(corrected > 0 && corrected < TOTAL, `self_correction matches ${corrected}`);
    assert.equal(await page.locator('#dialogue-list li').count(), corrected);
    assert.ok((await page.locator('#chat .row.wrong').count()) > 0, 'the wrong turn is marked');
    assert.ok((await page.locator('#chat .row.fix').count()) > 0, 'the fixing turn is marked');
    await page.screenshot({ path: join(screenshots, 'dialogues-self-correction.png') });
    await page.selectOption('#filter-family', '');
    const firstApi = await page.locator('#filter-api option').nth(1).getAttribute('value');
    await page.selectOption('#filter-api', firstApi!);
    const byApi = await matches();
    assert.ok(byApi > 0 && byApi < TOTAL);
    await page.selectOption('#filter-api', '');
    await page.selectOption('#filter-split', { index: 1 });
    assert.ok((await matches()) < TOTAL);
    await page.selectOption('#filter-split', '');
    assert.equal(await matches(), TOTAL);
    assert.deepEqual(problems, []);
  });

  it('highlights masked values, folds tool calls and results, shows the ranking on hover and the hostile text as text', async () => {
    const withMasked = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('report-data')!.textContent!) as { dialogues: Array<{ id: string; masked: Array<{ turn: number | null }> }> };
      return data.dialogues.find((d) => d.masked.some((m) => m.turn !== null))!.id;
    });
    await page.click(`#dialogue-list li[data-id="${withMasked}"]`);
    assert.ok((await page.locator('#chat mark.masked').count()) > 0);
    const folded = page.locator('#chat .row.tool details').first();
    assert.equal(await folded.getAttribute('open'), null, 'tool results start folded');
    await folded.locator('summary').click();
    assert.equal(await folded.getAttribute('open'), '');
    await page.hover('#chat .bubble.has-ranking');
    assert.equal(await page.isVisible('#chat .bubble.has-ranking .ranking'), true);
    await page.screenshot({ path: join(screenshots, 'dialogues.png') });
    await page.click('#dialogue-list li[data-id="hostile-0"]');
    assert.match(await page.textContent('#chat') ?? '', /<\/script><script>window\.__pwned = 1<\/script><!--/);
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(problems, []);
  });
});
