/** Print styles for briefings: serif body for reading, generous margins, page breaks that respect excerpts. */
export const BRIEFING_CSS = `
@page { size: auto; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Serif", "Liberation Serif", Georgia, serif; font-size: 10.5pt; line-height: 1.5; color: #1b1b1b; }
h1, h2, h3, .kicker, .meta, .tags, .cite, .contents, .sources { font-family: "DejaVu Sans", "Liberation Sans", Helvetica, Arial, sans-serif; }
.cover { min-height: 230mm; display: flex; flex-direction: column; justify-content: center; page-break-after: always; }
.kicker { text-transform: uppercase; letter-spacing: 0.18em; font-size: 9pt; color: #5a6270; margin: 0; }
h1 { font-size: 26pt; line-height: 1.15; margin: 6mm 0; }
.meta { color: #4a5160; font-size: 10pt; }
.summary { font-size: 12pt; max-width: 150mm; border-left: 3px solid #2f5bd3; padding-left: 5mm; }
h2 { font-size: 15pt; border-bottom: 1px solid #d8dbe2; padding-bottom: 2mm; margin-top: 0; }
.contents { page-break-after: always; font-size: 10pt; }
.contents a { color: inherit; text-decoration: none; }
.contents li { margin: 1.5mm 0; }
.item { page-break-inside: avoid; margin: 0 0 8mm; }
.item h3 { font-size: 11pt; margin: 0 0 2mm; }
.num { color: #5a6270; }
.tags { font-size: 8.5pt; margin-bottom: 2mm; }
.tag { display: inline-block; border: 1px solid; border-radius: 3px; padding: 0 2mm; margin-right: 1.5mm; }
.dot { display: inline-block; width: 2.2mm; height: 2.2mm; border-radius: 50%; margin-right: 1.2mm; vertical-align: middle; }
blockquote { margin: 0 0 2mm; padding: 1mm 0 1mm 5mm; border-left: 4px solid #888; font-size: 11pt; }
.commentary { font-style: italic; margin: 0 0 2mm; }
.claim { font-family: "DejaVu Sans", "Liberation Sans", Helvetica, Arial, sans-serif; font-size: 8.5pt; margin: 0 0 2mm; }
.verdict { color: #fff; border-radius: 3px; padding: 0.3mm 2mm; text-transform: capitalize; font-weight: bold; }
.evidence { color: #4a5160; margin-left: 2mm; }
.memo { font-size: 9.5pt; color: #4b3a75; margin: 0 0 2mm; }
.cite { font-size: 8.5pt; color: #4a5160; margin: 0; }
.appendix { page-break-before: always; }
.sources { font-size: 9pt; }
.sources li { margin-bottom: 3mm; }
.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; color: #5a6270; word-break: break-all; }
`;
