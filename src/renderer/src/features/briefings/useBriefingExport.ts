/**
 * Exporting the open briefing: PDF (printed by the host), DOCX (rendered by the host, where
 * the docx library runs on Node), and HTML, Markdown, CSV and Excel made here. All are saved the
 * same way: the host's save dialog, or its exports folder.
 */
import { useState } from 'react';
import { renderBriefingCsv } from '../../../../shared/briefing/render-csv';
import { renderBriefingHtml } from '../../../../shared/briefing/render-html';
import { renderBriefingMarkdown } from '../../../../shared/briefing/render-markdown';
import { renderBriefingXlsx } from '../../../../shared/briefing/render-xlsx';
import { saveGeneratedFile } from '../../components/download';
import { useToast } from '../../components/Toasts';
import { callHost } from '../../host/bridge';
import { loadBriefingDocument } from './briefing-document';

export type ExportFormat = 'pdf' | 'docx' | 'html' | 'md' | 'csv' | 'xlsx';
export type PageSize = 'A4' | 'Letter';

/** "Title.ext" with characters no file system accepts taken out. */
export function exportFileName(title: string, format: ExportFormat): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\n\r\t]+/g, ' ')
      .trim()
      .slice(0, 120) || 'Briefing';
  return `${base}.${format}`;
}

async function exportBriefing(
  briefingId: string,
  format: ExportFormat,
  pageSize: PageSize,
): Promise<string | null> {
  const briefing = await loadBriefingDocument(briefingId);
  const suggestedName = exportFileName(briefing.title, format);
  if (format === 'pdf' || format === 'docx') {
    const result =
      format === 'pdf'
        ? await callHost('export.savePdf', {
            html: renderBriefingHtml(briefing),
            suggestedName,
            pageSize,
          })
        : await callHost('export.saveDocx', { briefing, suggestedName, pageSize });
    return 'savedTo' in result ? result.savedTo : null;
  }
  const data =
    format === 'html'
      ? renderBriefingHtml(briefing)
      : format === 'md'
        ? renderBriefingMarkdown(briefing)
        : format === 'csv'
          ? renderBriefingCsv(briefing)
          : new Uint8Array(await renderBriefingXlsx(briefing));
  return saveGeneratedFile(data, suggestedName);
}

export function useBriefingExport(briefingId: string | null) {
  const notify = useToast();
  const [exporting, setExporting] = useState(false);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const run = async (format: ExportFormat, pageSize: PageSize) => {
    if (!briefingId) return;
    // Fields save when left; leave the focused one so its text is in the export.
    (document.activeElement as HTMLElement | null)?.blur();
    setExporting(true);
    setSavedTo(null);
    try {
      const saved = await exportBriefing(briefingId, format, pageSize);
      if (saved) {
        setSavedTo(saved);
        notify(`Saved to ${saved}`);
      }
    } catch (error) {
      notify(`Export failed: ${(error as Error).message}`, 'error');
    } finally {
      setExporting(false);
    }
  };
  return { exporting, savedTo, run };
}
