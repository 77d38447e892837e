/** The report page: one HTML file with its styles, libraries, code and data inlined, safe for any data. */
import { libraryScripts } from './_assets.ts';
import * as client from './_client.ts';
import { REPORT_CSS } from './_css.ts';
import type { ReportData } from './types.ts';

/**
 * JSON for a `<script type="application/json">` block: `<` written as `\u003c`, so no `</script>` or `<!--`
 * in the data can end the block (JSON.parse reads the escape back), and the line separators escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** JavaScript source for a `<script>` block: `</script` and `<!--` cannot occur (both are escapes inside JS strings and regexes). */
export function scriptForHtml(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderHtml(data: ReportData): string {
  const libraries = libraryScripts()
    .map((lib) => `<script data-library="${escapeHtml(lib.name)}">\n${scriptForHtml(lib.code)}\n</script>`)
    .join('\n');
  const code = [
    // tsx keeps function names with a `__name` helper that the page must provide; tsc's output has none.
    'var __name = function (f) { return f; };',
    "var data = JSON.parse(document.getElementById('report-data').textContent);",
    ...Object.keys(client)
      .sort()
      .map((name) => String(client[name as keyof typeof client])),
    'reportMain();',
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
  <h1>${escapeHtml(data.title)}</h1>
  <nav>
    <button id="tab-summary">Summary</button><button id="tab-charts">Charts</button><button id="tab-graph">API graph</button><button id="tab-dialogues">Dialogues</button>
  </nav>
</header>
<main>
  <section id="view-summary"></section>
  <section id="view-charts" hidden><div class="grid"></div></section>
  <section id="view-graph" hidden></section>
  <section id="view-dialogues" hidden></section>
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
${libraries}
<script>
${scriptForHtml(code)}
</script>
</body>
</html>
`;
}
