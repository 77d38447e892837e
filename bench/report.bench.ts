/**
 * dialforge report on real output folders: time to write the page, its size, and the time headless
 * Chromium takes to open it (until the page says it is ready) and to draw each view.
 * Folders: `output/` (after `npm start`) and any in REPORT_BENCH_FOLDERS (colon-separated), e.g. a
 * 10,000-dialogue run from the fixtures. Chromium: /usr/bin/chromium or CHROMIUM_PATH (skipped without).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeReport } from '../src/report/index.ts';
import { row, timed } from './_measure.ts';

/** The page's frame callback, for code page.evaluate runs in the browser (the project's types have no DOM). */
declare const requestAnimationFrame: (callback: () => void) => void;

const folders = [join(import.meta.dirname, '..', 'output'), ...(process.env.REPORT_BENCH_FOLDERS ?? '').split(':').filter((f) => f !== '')].filter((f) =>
  existsSync(join(f, 'dialogues.jsonl')),
);
const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
if (folders.length === 0) process.stdout.write('no output folder with dialogues.jsonl: run npm start first (or set REPORT_BENCH_FOLDERS)\n');
if (!browserPath) process.stdout.write('no Chromium found (apt-get install -y chromium, or CHROMIUM_PATH): opening times skipped\n');

const scratch = await mkdtemp(join(tmpdir(), 'dialforge-bench-report-'));
const browser = browserPath ? await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] }) : undefined;
for (const [i, folder] of folders.entries()) {
  const file = join(scratch, `report-${i}.html`);
  const { value, seconds } = await timed(() => writeReport(folder, file));
  row(`report of ${folder}`, `${value.data.stats.dialogues} dialogues, ${value.data.dialogues.length} in the browser`);
  row('  page size (MB)', (value.bytes / 1e6).toFixed(2));
  row('  seconds to write', seconds.toFixed(2));
  if (!browser) continue;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  const open = await timed(async () => {
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]');
  });
  row('  seconds to open (load + summary)', open.seconds.toFixed(2));
  for (const view of ['charts', 'graph', 'dialogues']) {
    const shown = await timed(async () => {
      await page.click(`#tab-${view}`);
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    });
    row(`  seconds to show ${view}`, shown.seconds.toFixed(2));
  }
  row('  console errors', errors.length);
  await page.close();
}
await browser?.close();
await rm(scratch, { recursive: true, force: true });
