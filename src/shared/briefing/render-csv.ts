/** Quotes and annotations as CSV (RFC 4180, formula-looking cells neutralised). */
import { toCsv } from '../text/csv';
import { EXPORT_COLUMNS, briefingExportRows } from './export-rows';
import type { BriefingDocument } from './types';

export function renderBriefingCsv(briefing: BriefingDocument): string {
  return toCsv(EXPORT_COLUMNS, briefingExportRows(briefing));
}
