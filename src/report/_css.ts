/** Styles of the report page. */
export const REPORT_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; background: #f5f6f8; }
header { display: flex; align-items: center; gap: 24px; padding: 10px 20px; background: #1d2330; color: #fff; position: sticky; top: 0; z-index: 5; }
header h1 { font-size: 17px; margin: 0; font-weight: 600; }
nav button { background: none; border: 0; color: #c9d1e0; font-size: 14px; padding: 6px 12px; cursor: pointer; border-radius: 4px; }
nav button.active { background: #3b4660; color: #fff; }
main { padding: 16px 20px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 12px; }
.card { background: #fff; border: 1px solid #dde1e8; border-radius: 6px; padding: 10px 14px; }
.card h3 { margin: 0 0 6px; font-size: 14px; }
.figures { display: grid; grid-template-columns: auto auto; gap: 2px 16px; margin: 0; }
.figures dt { color: #5b6475; } .figures dd { margin: 0; font-weight: 600; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 12px; align-items: start; }
table.counts { background: #fff; border: 1px solid #dde1e8; border-radius: 6px; border-collapse: collapse; width: 100%; font-size: 13px; }
table.counts caption { text-align: left; font-weight: 600; padding: 8px 10px 4px; }
table.counts td { padding: 2px 8px; border-top: 1px solid #f0f1f4; }
td.key { max-width: 300px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } td.share { color: #5b6475; }
td.barcell { width: 30%; } .bar { display: block; height: 8px; background: #4e79a7; border-radius: 2px; }
.muted { color: #6b7385; } .small { font-size: 12px; }
.note { background: #fff7e0; border: 1px solid #f0d890; padding: 6px 10px; border-radius: 4px; }
.chart .canvas-box { position: relative; height: 300px; }
.legend { font-size: 12px; margin: 6px 0; }
.swatch, .swatch-line { display: inline-flex; align-items: center; gap: 4px; margin-right: 10px; }
.swatch i { width: 10px; height: 10px; border-radius: 50%; display: inline-block; }
.swatch-line i { width: 18px; height: 3px; display: inline-block; }
.graph-wrap { position: relative; }
#graph-canvas { height: 640px; background: #fff; border: 1px solid #dde1e8; border-radius: 6px; }
.hover-box { position: absolute; top: 8px; right: 8px; max-width: 440px; background: rgba(255,255,255,.95); border: 1px solid #dde1e8; border-radius: 4px; padding: 6px 10px; font-size: 12px; }
.hover-box .pair { margin-top: 3px; color: #3b4660; }
.filters { display: flex; flex-wrap: wrap; gap: 10px; margin: 6px 0; }
.filters select { max-width: 260px; }
.browser { display: grid; grid-template-columns: 320px 1fr; gap: 12px; margin-top: 8px; }
#dialogue-list { list-style: none; margin: 0; padding: 0; max-height: 78vh; overflow: auto; background: #fff; border: 1px solid #dde1e8; border-radius: 6px; }
#dialogue-list li { padding: 6px 10px; border-bottom: 1px solid #f0f1f4; cursor: pointer; }
#dialogue-list li div { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#dialogue-list li.selected { background: #e8eefb; }
#chat { background: #fff; border: 1px solid #dde1e8; border-radius: 6px; padding: 10px 14px; min-height: 300px; }
.chat-head { margin-bottom: 8px; padding-bottom: 6px; border-bottom: 1px solid #eee; }
.row { display: flex; margin: 6px 0; }
.row.user { justify-content: flex-end; }
.row.tool { justify-content: flex-start; padding-left: 40px; }
.bubble { position: relative; max-width: 72%; padding: 6px 10px; border-radius: 10px; }
.bubble.user { background: #dcebff; }
.bubble.assistant { background: #eef0f3; }
.bubble .meta { font-size: 11px; color: #5b6475; margin-bottom: 2px; }
.action { display: inline-block; padding: 0 6px; border-radius: 8px; background: #3b4660; color: #fff; font-size: 11px; margin-left: 4px; }
.turn-no { color: #8a93a5; }
mark.masked { background: #ffe27a; border-radius: 3px; padding: 0 2px; }
.row.wrong .bubble { border: 2px solid #d62728; background: #fdecec; }
.wrong-label { color: #b3171b; font-size: 12px; font-weight: 600; }
.row.fix .bubble { border: 2px solid #2ca02c; }
.fix-label { color: #1d7a1d; font-size: 12px; font-weight: 600; }
.thought { font-size: 12px; color: #6b7385; font-style: italic; margin-top: 3px; }
details.fold { font-size: 12px; margin-top: 3px; }
details.fold summary { cursor: pointer; color: #3b4660; }
details.fold pre { max-height: 240px; overflow: auto; background: #f7f7f9; padding: 6px; margin: 4px 0 0; white-space: pre-wrap; word-break: break-all; }
.row.tool details.fold { background: #f7f7f9; border: 1px dashed #c9ced8; border-radius: 6px; padding: 4px 8px; max-width: 72%; }
.row.tool-error details.fold { border-color: #d62728; }
.ranking { display: none; position: absolute; left: 0; top: 100%; z-index: 3; background: #fff; border: 1px solid #c9ced8; border-radius: 4px; margin: 2px 0; padding: 6px 10px 6px 28px; font-size: 12px; white-space: nowrap; box-shadow: 0 2px 6px rgba(0,0,0,.15); }
.bubble.has-ranking:hover .ranking { display: block; }
`;
