/**
 * Quotes and annotations as rows for spreadsheets: one row per item that cites an article
 * (excerpts, quotes, references), with the article's metadata and the passage pointer.
 */
import { briefingSections, itemPassage, itemSource, itemType } from './model';
import type { BriefingDocument, BriefingItem } from './types';

export const EXPORT_COLUMNS = [
  'Section',
  'Item',
  'Type',
  'Kind',
  'Speaker',
  'Text',
  'Codes',
  'Claim status',
  'Evidence',
  'Memo',
  'Commentary',
  'Outlet',
  'Title',
  'Published',
  'Author',
  'File',
  'URL',
  'Start',
  'End',
  'SHA-256',
] as const;

export type ExportRow = (string | number | null)[];

function itemFields(
  item: BriefingItem,
): [string, string | null, string, string, string, string, string] {
  switch (item.type) {
    case 'quote':
      return [item.kind, item.speaker, item.text, '', '', '', ''];
    case 'citation':
      return ['', null, '', '', '', '', ''];
    case 'table':
    case 'timeline':
    case 'text':
      return ['', null, '', '', '', '', ''];
    default:
      return [
        item.kind,
        null,
        item.exact,
        item.tags.map((t) => t.name).join('; '),
        item.claim?.status ?? '',
        item.claim?.evidence ?? '',
        item.note,
      ];
  }
}

/** Rows in EXPORT_COLUMNS order; item numbers match the PDF's. */
export function briefingExportRows(briefing: BriefingDocument): ExportRow[] {
  const rows: ExportRow[] = [];
  let number = 0;
  for (const section of briefingSections(briefing)) {
    for (const item of section.items) {
      number++;
      const source = itemSource(item);
      if (!source) continue;
      const passage = itemPassage(item);
      rows.push([
        section.title,
        number,
        itemType(item),
        ...itemFields(item),
        item.commentary,
        source.outlet,
        source.title,
        source.published,
        source.author,
        source.sourcePath,
        source.url,
        passage?.start ?? null,
        passage?.end ?? null,
        source.contentHash,
      ]);
    }
  }
  return rows;
}
