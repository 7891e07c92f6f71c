// The print stylesheet of the staffing plan PDF, and Chromium's header and footer templates
// (page numbers and the generation date). A4 landscape; margins leave room for both.

export const PDF_MARGINS_MM = { top: 16, bottom: 14, left: 10, right: 10 };

const M = PDF_MARGINS_MM;
export const PDF_CSS = `
@page { size: A4 landscape; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 8pt/1.3 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1f2937; }
h1 { font-size: 16pt; margin: 0 0 2mm; font-weight: 600; }
h2 { font-size: 12pt; margin: 0 0 1mm; font-weight: 600; break-after: avoid; }
.sub { color: #6b7280; margin: 0 0 4mm; }
section { break-before: page; }
section.first { break-before: auto; }
.summary { display: flex; gap: 4mm; margin: 4mm 0 6mm; }
.summary div { border: 0.3mm solid #d1d5db; border-radius: 1.5mm; padding: 2.5mm 4mm; min-width: 38mm; }
.summary b { display: block; font-size: 13pt; font-weight: 600; }
.summary span { color: #6b7280; font-size: 7.5pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
th { font-weight: 600; text-align: right; background: #f3f4f6; border-bottom: 0.4mm solid #9ca3af; padding: 1.2mm 1mm; font-size: 7pt; white-space: nowrap; overflow: hidden; }
th.l, td.l { text-align: left; }
td { padding: 0.8mm 1mm; text-align: right; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 0.15mm solid #e5e7eb; }
tbody { break-inside: avoid; }
tbody.block tr:first-child td { border-top: 0.35mm solid #9ca3af; }
td.who { vertical-align: top; font-weight: 600; white-space: normal; overflow-wrap: anywhere; text-overflow: clip; }
td.who small { display: block; font-weight: 400; color: #6b7280; }
tr.cap td { color: #4b5563; }
tr.camp td.l { color: #374151; padding-left: 3mm; }
tr.tot td { font-weight: 600; }
tr.util td { color: #374151; font-style: italic; }
td.over { color: #b91c1c; font-weight: 600; }
td.zero { color: #c0c4cc; }
.band { color: #6b7280; font-weight: 400; font-size: 9pt; }
.empty { color: #6b7280; font-style: italic; padding: 4mm 0; }
`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const band = `font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 7pt; color: #6b7280; width: 100%; padding: 0 ${PDF_MARGINS_MM.left}mm; display: flex; justify-content: space-between;`;

/** Chromium fills the `pageNumber` and `totalPages` spans. */
export const PDF_HEADER = (title: string) => `<div style="${band}"><span>Capacity Planner</span><span>${esc(title)}</span></div>`;
export const PDF_FOOTER = (generated: string) =>
  `<div style="${band}"><span>Generated ${esc(generated)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

export { esc };
