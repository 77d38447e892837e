/** The report as text: a table for the terminal and the same as markdown, main column first, chance levels beside. */
import type { EvalReport, Figure, MetricReport } from './types.ts';

export interface ReportColumn {
  label: string;
  report: EvalReport;
}

interface Row {
  label: string;
  n: number | null;
  values: (number | null)[];
  section?: boolean;
}

const value = (v: number | null): string => (v === null ? '—' : v.toFixed(3));
const arrow = (f: Figure): string => (f.better === 'lower' ? ' (lower is better)' : '');

function metricOf(report: EvalReport, name: string): MetricReport | undefined {
  return report.metrics.find((m) => m.metric === name);
}

function rows(columns: readonly ReportColumn[]): Row[] {
  const main = columns[0]!.report;
  const out: Row[] = [];
  for (const metric of main.metrics) {
    out.push({ label: metric.title, n: null, values: [], section: true });
    for (const [name, figure] of Object.entries(metric.figures)) {
      out.push({ label: `  ${name}${arrow(figure)}`, n: figure.n, values: columns.map((c) => metricOf(c.report, metric.metric)?.figures[name]?.value ?? null) });
    }
    for (const [breakdown, groups] of Object.entries(metric.breakdowns)) {
      if (Object.keys(groups).length === 0) continue;
      out.push({ label: `  ${breakdown.replace(/_/g, ' ')}:`, n: null, values: [] });
      for (const [group, figure] of Object.entries(groups)) {
        out.push({ label: `    ${group}`, n: figure.n, values: columns.map((c) => metricOf(c.report, metric.metric)?.breakdowns[breakdown]?.[group]?.value ?? null) });
      }
    }
  }
  return out;
}

function confusionRows(report: EvalReport): { actions: string[]; matrix: Record<string, Record<string, number>> } | undefined {
  const matrix = metricOf(report, 'next_action')?.confusion;
  if (!matrix || Object.keys(matrix).length === 0) return undefined;
  const predicted = new Set<string>();
  for (const row of Object.values(matrix)) for (const p of Object.keys(row)) predicted.add(p);
  return { actions: [...predicted].sort(), matrix };
}

/** The terminal table. */
export function formatTable(columns: readonly ReportColumn[], title: string): string {
  const all = rows(columns);
  const width = Math.max(...all.map((r) => r.label.length), 10) + 2;
  const colWidth = Math.max(...columns.map((c) => c.label.length), 7) + 2;
  const lines = [title, `${'figure'.padEnd(width)}${'n'.padStart(6)}  ${columns.map((c) => c.label.padStart(colWidth)).join('')}`];
  for (const r of all) {
    if (r.section || r.values.length === 0) lines.push(r.section ? `${r.label}` : r.label);
    else lines.push(`${r.label.padEnd(width)}${String(r.n ?? '').padStart(6)}  ${r.values.map((v) => value(v).padStart(colWidth)).join('')}`);
  }
  const confusion = confusionRows(columns[0]!.report);
  if (confusion) {
    lines.push('', `confusion matrix (${columns[0]!.label}): gold action (rows) × predicted action (columns)`);
    const w = Math.max(...Object.keys(confusion.matrix).map((a) => a.length), 4) + 2;
    const cw = (a: string) => Math.max(a.length, 5) + 1;
    lines.push(`${''.padEnd(w)}${confusion.actions.map((a) => a.padStart(cw(a))).join('')}`);
    for (const [gold, row] of Object.entries(confusion.matrix).sort(([a], [b]) => (a < b ? -1 : 1))) {
      lines.push(`${gold.padEnd(w)}${confusion.actions.map((a) => String(row[a] ?? 0).padStart(cw(a))).join('')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The same report as markdown (report.md of `--out`). */
export function formatMarkdown(columns: readonly ReportColumn[], title: string, notes: readonly string[] = []): string {
  const lines = [`# ${title}`, '', ...notes.map((n) => `- ${n}`), ...(notes.length ? [''] : [])];
  lines.push(`| figure | n | ${columns.map((c) => c.label).join(' | ')} |`, `|---|---:|${columns.map(() => '---:').join('|')}|`);
  for (const r of rows(columns)) {
    const label = r.section ? `**${r.label}**` : r.label.trim().replace(/\|/g, '\\|');
    const indent = r.section ? '' : '&nbsp;'.repeat(r.label.length - r.label.trimStart().length);
    lines.push(`| ${indent}${label} | ${r.n ?? ''} | ${columns.map((_, i) => (r.values.length ? value(r.values[i] ?? null) : '')).join(' | ')} |`);
  }
  const confusion = confusionRows(columns[0]!.report);
  if (confusion) {
    lines.push('', `## Confusion matrix (${columns[0]!.label})`, '', 'Rows: gold action; columns: predicted action.', '');
    lines.push(`| gold \\ predicted | ${confusion.actions.join(' | ')} |`, `|---|${confusion.actions.map(() => '---:').join('|')}|`);
    for (const [gold, row] of Object.entries(confusion.matrix).sort(([a], [b]) => (a < b ? -1 : 1))) {
      lines.push(`| ${gold} | ${confusion.actions.map((a) => String(row[a] ?? 0)).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Every figure as plain JSON (`--json`): value, n and which way is better, per metric. */
export function reportJson(report: EvalReport): Record<string, unknown> {
  return {
    items: report.items,
    metrics: Object.fromEntries(report.metrics.map((m) => [m.metric, { title: m.title, mode: m.mode, figures: m.figures, breakdowns: m.breakdowns, ...(m.confusion ? { confusion: m.confusion } : {}) }])),
  };
}
