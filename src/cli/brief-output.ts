/** Renders the briefing in the format the output file's extension asks for. */
import { renderBriefingDocx } from '../main/services/briefing/render-docx';
import { printHtmlToPdf } from '../main/services/pdf/print-with-chromium';
import { renderBriefingCsv } from '../shared/briefing/render-csv';
import { renderBriefingHtml } from '../shared/briefing/render-html';
import { renderBriefingMarkdown } from '../shared/briefing/render-markdown';
import { renderBriefingXlsx } from '../shared/briefing/render-xlsx';
import type { BriefingDocument } from '../shared/briefing/types';
import type { BriefFormat } from './brief-args';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function renderBriefingAs(
  briefing: BriefingDocument,
  format: BriefFormat,
  pageSize: 'A4' | 'Letter',
): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return printHtmlToPdf(renderBriefingHtml(briefing), pageSize);
    case 'html':
      return utf8(renderBriefingHtml(briefing));
    case 'md':
      return utf8(renderBriefingMarkdown(briefing));
    case 'docx':
      return renderBriefingDocx(briefing, pageSize);
    case 'csv':
      // A byte-order mark so spreadsheet programs read the file as UTF-8.
      return utf8(`\uFEFF${renderBriefingCsv(briefing)}`);
    case 'xlsx':
      return renderBriefingXlsx(briefing);
  }
}
