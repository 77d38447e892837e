/**
 * src/report — one self-contained HTML page over an output folder: the manifest and `stats` figures, charts,
 * the API graph (laid out here, drawn by sigma.js in the page) and a dialogue browser. No server, no network:
 * libraries, code and data are inlined. Same folder → byte-identical page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DialforgeError } from '../errors.ts';
import { collectDialogues } from './collect.ts';
import { findGraph, reportGraph } from './graph.ts';
import { renderHtml } from './html.ts';
import type { ReportData } from './types.ts';

export type * from './types.ts';
export { jsonForScript, scriptForHtml } from './html.ts';

export const DEFAULT_REPORT_DIALOGUES = 1000;

export interface ReportOptions {
  /** Dialogues in the browser; past this, a deterministic sample (default DEFAULT_REPORT_DIALOGUES). */
  maxDialogues?: number;
  /** A saved graph to draw instead of looking for one (see findGraph). */
  graph?: string;
  /** Tool results longer than this many characters of JSON are cut in the page (default 2000). */
  resultChars?: number;
}

function readManifest(folder: string): Record<string, unknown> | null {
  const file = join(folder, 'manifest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new DialforgeError('E_READ', `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): regenerate the folder or remove the file`, { file });
  }
}

/** Everything the page shows, from `<folder>/dialogues.jsonl` (and manifest.json when there). */
export async function reportData(folder: string, options: ReportOptions = {}): Promise<ReportData> {
  const file = join(folder, 'dialogues.jsonl');
  if (!existsSync(file)) throw new DialforgeError('E_READ', `${file} not found: give the output folder of dialforge generate (it holds dialogues.jsonl)`, { file });
  const maxDialogues = options.maxDialogues ?? DEFAULT_REPORT_DIALOGUES;
  const manifest = readManifest(folder);
  const collected = await collectDialogues(file, { maxDialogues, resultChars: options.resultChars ?? 2000 });
  const found = await findGraph(folder, manifest as Parameters<typeof findGraph>[1], options.graph);
  const total = collected.stats.dialogues;
  const shown = collected.dialogues.length;
  return {
    title: `dialforge report — ${basename(resolve(folder))}`,
    folder,
    manifest,
    stats: collected.stats,
    charts: collected.charts,
    quality: collected.quality,
    dialogues: collected.dialogues,
    sampleNote:
      shown < total
        ? `The dialogue browser holds a sample of ${shown.toLocaleString('en-US')} of the ${total.toLocaleString('en-US')} dialogues (those with the smallest hash of their id: the same sample every time). The summary and the charts count all ${total.toLocaleString('en-US')}.`
        : null,
    graph: found.graph ? reportGraph(found.graph, found.source) : null,
    graphNote: found.graph ? null : (found.note ?? 'no graph'),
    badLines: collected.badLines,
  };
}

export async function buildReport(folder: string, options: ReportOptions = {}): Promise<{ html: string; data: ReportData }> {
  const data = await reportData(folder, options);
  return { html: renderHtml(data), data };
}

/** Writes the page to `output` (default `<folder>/report.html`); returns where and how large. */
export async function writeReport(folder: string, output = join(folder, 'report.html'), options: ReportOptions = {}): Promise<{ file: string; bytes: number; data: ReportData }> {
  const { html, data } = await buildReport(folder, options);
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, html);
  return { file: output, bytes: Buffer.byteLength(html), data };
}
