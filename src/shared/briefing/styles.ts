/**
 * Print styles for briefings: a serif body for reading, sans-serif headings and apparatus, code
 * colours and claim-status pills, and page breaks that keep headings with what follows them and
 * never split an excerpt or a table row.
 */
// TrueType faces only: Chromium embeds OpenType-CFF faces (C059, Nimbus) as blurry Type 3 fonts.
const SERIF = `Georgia, Charter, "Noto Serif", "Liberation Serif", "DejaVu Serif", serif`;
const SANS = `"Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "DejaVu Sans", sans-serif`;
const MONO = `"DejaVu Sans Mono", "Liberation Mono", monospace`;

export const BRIEFING_CSS = `
@page { size: auto; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.45; color: #1b1b1b; margin: 0; orphans: 3; widows: 3; }
h1, h2, h3, figcaption, .kicker, .meta, .badges, .cite, .contents, .sources, .pill, .num, th, .label { font-family: ${SANS}; }
h1, h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
a { color: inherit; text-decoration: none; }

.cover { min-height: 225mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.kicker { text-transform: uppercase; letter-spacing: 0.2em; font-size: 8.5pt; color: #5a6270; margin: 0; }
h1 { font-size: 28pt; line-height: 1.12; margin: 5mm 0 4mm; font-weight: 700; letter-spacing: -0.01em; }
.rule { width: 30mm; border: 0; border-top: 3px solid #1f3a8a; margin: 0 0 6mm; }
.meta { color: #4a5160; font-size: 9.5pt; margin: 0 0 2mm; }
.summary { font-size: 12pt; line-height: 1.5; max-width: 150mm; margin: 6mm 0; white-space: pre-line; }

.contents { break-after: page; font-size: 10pt; }
.contents ol { list-style: none; padding-left: 0; margin: 0; }
.contents > ol > li { margin: 0 0 3mm; break-inside: avoid; }
.contents > ol > li > a { font-weight: 700; }
.contents ol ol { padding-left: 7mm; margin-top: 1mm; color: #3a404b; font-size: 9pt; }
.contents ol ol li { margin: 0.6mm 0; }
.contents .n { display: inline-block; min-width: 8mm; color: #6b7280; }

h2 { font-size: 16pt; line-height: 1.2; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 1.5px solid #1f3a8a; }
h2 .n { color: #1f3a8a; margin-right: 2mm; }
.section { break-before: page; }
.section.continued { break-before: auto; margin-top: 10mm; }
.intro { font-size: 11pt; margin: 0 0 6mm; white-space: pre-line; }

.item { margin: 0 0 7mm; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.item h3 { font-size: 10.5pt; line-height: 1.3; margin: 0 0 1.5mm; font-weight: 700; }
.num { color: #6b7280; font-weight: 400; margin-right: 1.5mm; }
.muted { color: #5a6270; font-weight: 400; }
.badges { font-size: 8pt; margin: 0 0 2mm; display: flex; flex-wrap: wrap; gap: 1.5mm; align-items: center; }
.pill { display: inline-block; border-radius: 999px; padding: 0.4mm 2.4mm; font-size: 7.5pt; font-weight: 700; color: #fff; text-transform: uppercase; letter-spacing: 0.04em; }
.pill.outline { color: #3a404b; background: #fff; border: 1px solid #b8bec9; }
.tag { display: inline-flex; align-items: center; border: 1px solid; border-radius: 3px; padding: 0 1.8mm; color: #2b2f36; }
.dot { display: inline-block; width: 2.2mm; height: 2.2mm; border-radius: 50%; margin-right: 1.2mm; }
blockquote { margin: 0 0 2mm; padding: 0.8mm 0 0.8mm 4.5mm; border-left: 4px solid #888; font-size: 11pt; white-space: pre-line; }
.quote.direct blockquote { font-style: italic; }
.evidence { font-family: ${SANS}; font-size: 8.5pt; color: #4a5160; margin: 0 0 2mm; }
.memo { font-size: 9.5pt; color: #4b3a75; margin: 0 0 2mm; }
.commentary { margin: 0 0 2mm; padding: 1.5mm 3mm; background: #f4f6fa; border-radius: 2px; white-space: pre-line; }
.label { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: #1f3a8a; margin-right: 2mm; }
.cite { font-size: 8pt; color: #4a5160; margin: 0; }
.prose p { margin: 0 0 2.5mm; }
.text.headed { break-after: avoid; page-break-after: avoid; margin: 0 0 4mm; padding-top: 3mm; border-top: 0.5pt solid #d3d7de; }
.text.headed h3 { font-size: 12pt; }
.item h3 .pill { margin-left: 2mm; vertical-align: 1px; }

figure { margin: 0 0 7mm; }
figcaption { font-size: 9.5pt; font-weight: 700; margin: 0 0 2mm; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; line-height: 1.35; margin: 0 0 2mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.4mm 2mm; border-bottom: 0.5pt solid #d3d7de; overflow-wrap: anywhere; }
thead th { background: #1f3a8a; color: #fff; font-size: 8pt; font-weight: 700; border-bottom: 0; }
tbody th { font-weight: 700; background: #f4f6fa; width: 21%; }
td { font-family: ${SANS}; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.empty { color: #9aa1ad; }
.timeline svg { width: 100%; height: auto; display: block; margin: 0 0 2mm; }
.undated { font-family: ${SANS}; font-size: 8pt; color: #5a6270; }

.appendix { break-before: page; }
.sources { font-size: 9pt; padding-left: 0; list-style: none; }
.sources li { margin-bottom: 3.5mm; break-inside: avoid; }
.sources .n { font-weight: 700; margin-right: 1mm; }
.hash { font-family: ${MONO}; font-size: 7pt; color: #5a6270; word-break: break-all; }
`;
