/** The report's only styles: inline, system fonts, and print rules for A4 landscape. */
export const REPORT_CSS = `
:root { --text:#1c2330; --text2:#4a5466; --text3:#636c7e; --border:#e3e6eb; --accent:#3b5bdb; --danger:#c92a2a; --ok:#277c38; --warn:#ac5800; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #f6f7f9; color: var(--text); font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 32px 28px 48px; }
header.top { display: flex; justify-content: space-between; align-items: flex-end; gap: 24px; border-bottom: 2px solid var(--text); padding-bottom: 14px; margin-bottom: 20px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 11px; color: var(--text3); font-weight: 600; }
h1 { font-size: 26px; margin: 4px 0 0; letter-spacing: -.01em; }
h2 { font-size: 17px; margin: 0 0 4px; }
h3 { font-size: 13px; margin: 18px 0 6px; color: var(--text2); }
.meta { color: var(--text2); text-align: right; font-size: 12px; }
.meta div { white-space: nowrap; }
.note { background: #fff8e6; border: 1px solid #f5deb0; border-radius: 8px; padding: 10px 12px; margin: 0 0 18px; white-space: pre-wrap; }
section { background: #fff; border: 1px solid var(--border); border-radius: 10px; padding: 18px 20px; margin: 0 0 16px; break-inside: avoid; }
section.flow { break-inside: auto; }
.lead { color: var(--text2); margin: 0 0 12px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 12px 14px; }
.card .k { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--text3); font-weight: 600; }
.card .v { font-size: 24px; font-weight: 650; margin-top: 2px; font-variant-numeric: tabular-nums; }
.card .s { color: var(--text2); font-size: 12px; }
.bad { color: var(--danger); } .good { color: var(--ok); } .warn { color: var(--warn); }
.chart { width: 100%; height: auto; display: block; margin: 6px 0 4px; }
.chart text { font-family: inherit; }
.chart .tick { font-size: 10.5px; fill: #6b7485; }
.chart .lbl { font-size: 12px; fill: #1c2330; }
.chart .lg { font-size: 11.5px; fill: #4a5466; }
.chart .grid { stroke: #eceef2; stroke-width: 1; }
.chart .axis { stroke: #aeb5c1; stroke-width: 1; }
.chart .cell { font-size: 10px; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
th { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--text3); font-weight: 600; border-bottom-color: #cfd4dc; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.tag { display: inline-block; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600; background: #eef0f4; color: var(--text2); }
.tag.good { background: #e9f6ec; color: var(--ok); } .tag.bad { background: #fdecec; color: var(--danger); } .tag.neutral { background: #fff3e0; color: var(--warn); }
.swatch { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 6px; vertical-align: 0; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.muted { color: var(--text3); }
ul.sentences { margin: 0; padding-left: 18px; display: flex; flex-direction: column; gap: 4px; }
dl.defs { display: grid; grid-template-columns: 190px 1fr; gap: 4px 14px; margin: 0; color: var(--text2); font-size: 12px; }
dl.defs dt { font-weight: 600; color: var(--text); }
footer { color: var(--text3); font-size: 11px; margin-top: 18px; text-align: center; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: #fff; font-size: 11.5px; }
  main { max-width: none; padding: 0; }
  section { border-color: #d6dae1; padding: 12px 14px; margin-bottom: 10px; }
  section.page { break-before: page; }
  header.top { margin-bottom: 10px; padding-bottom: 8px; }
  h1 { font-size: 22px; }
  .cards { gap: 8px; }
  .card { padding: 8px 10px; }
  .card .v { font-size: 19px; }
  th, td { padding: 3px 6px; }
  .lead { margin-bottom: 6px; }
  .chart { max-height: 60mm; }
  h2, .lead, h3 { break-after: avoid-page; }
  .chart.tall { max-height: 92mm; }
}
`;
