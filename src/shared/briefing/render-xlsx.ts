/**
 * Quotes and annotations as an XLSX workbook, one row per item with its article's metadata.
 * Uses write-excel-file's universal build (no Node or DOM APIs beyond the global Blob).
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { EXPORT_COLUMNS, briefingExportRows } from './export-rows';
import type { BriefingDocument } from './types';

const WIDTHS: Record<string, number> = {
  Section: 24,
  Item: 6,
  Text: 60,
  Evidence: 30,
  Memo: 30,
  Commentary: 40,
  Title: 40,
  File: 30,
  URL: 30,
  'SHA-256': 20,
};

/** The global Blob, typed only as far as we use it (src/shared has no DOM types). */
interface BlobLike {
  arrayBuffer(): Promise<ArrayBuffer>;
}

function cellOf(value: string | number | null): Cell {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return { value, type: Number };
  return { value, type: String, wrap: value.length > 40, alignVertical: 'top' };
}

export async function renderBriefingXlsx(briefing: BriefingDocument): Promise<Uint8Array> {
  const header: Cell[] = EXPORT_COLUMNS.map((name) => ({
    value: name,
    type: String,
    fontWeight: 'bold',
    backgroundColor: '#1F3A8A',
    textColor: '#FFFFFF',
  }));
  const data: SheetData = [header, ...briefingExportRows(briefing).map((row) => row.map(cellOf))];
  const blob = (await writeXlsxFile(data, {
    sheet: 'Quotes and annotations',
    stickyRowsCount: 1,
    columns: EXPORT_COLUMNS.map((name) => ({ width: WIDTHS[name] ?? 14 })),
  }).toBlob()) as unknown as BlobLike;
  return new Uint8Array(await blob.arrayBuffer());
}
