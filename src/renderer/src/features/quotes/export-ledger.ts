/** The ledger's shown quotes as CSV or XLSX: one row per quote with its article's metadata. */
import { renderBriefingCsv } from '../../../../shared/briefing/render-csv';
import { renderBriefingXlsx } from '../../../../shared/briefing/render-xlsx';
import type { BriefingDocument } from '../../../../shared/briefing/types';
import type { LedgerRow } from './useQuoteLedger';

function asDocument(rows: LedgerRow[]): BriefingDocument {
  return {
    title: 'Quotes',
    author: '',
    summary: '',
    date: new Date().toISOString().slice(0, 10),
    items: rows.flatMap((row) =>
      row.article
        ? [
            {
              type: 'quote' as const,
              speaker: row.speaker,
              kind: row.kind,
              text: row.text,
              start: row.start,
              end: row.end,
              commentary: row.review === 'pending' ? '' : `Review: ${row.review}`,
              source: {
                title: row.article.title,
                outlet: row.article.outlet,
                published: row.article.published,
                author: row.article.author,
                sourcePath: row.article.sourcePath,
                url: row.article.url,
                contentHash: row.article.contentHash,
              },
            },
          ]
        : [],
    ),
  };
}

export async function exportLedger(
  rows: LedgerRow[],
  format: 'csv' | 'xlsx',
): Promise<string | Uint8Array<ArrayBuffer>> {
  const document = asDocument(rows);
  return format === 'csv'
    ? renderBriefingCsv(document)
    : new Uint8Array(await renderBriefingXlsx(document));
}
