/**
 * Running header and page-number footer for Chromium's PDF printing (used by both printToPDF in
 * Electron and page.pdf in the Chromium host). Chromium fills the classed spans itself.
 */
const TEMPLATE_STYLE =
  'font-family: DejaVu Sans, Liberation Sans, Arial, sans-serif; font-size: 8px; color: #5a6270; width: 100%; padding: 0 20mm;';

export const PDF_HEADER_TEMPLATE = `<div style="${TEMPLATE_STYLE}"><span class="title"></span></div>`;
export const PDF_FOOTER_TEMPLATE = `<div style="${TEMPLATE_STYLE} text-align: right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
