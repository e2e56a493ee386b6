/** Electron's PDF printing: the briefing HTML laid out in a hidden, script-less window. */
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE } from '../shared/briefing/print-templates';
import { createPrintWindow } from './window';

export async function printToPdf(html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  const window = createPrintWindow();
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({
      pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: PDF_FOOTER_TEMPLATE,
      // Inches: 22 mm top and bottom (room for header and footer), 20 mm at the sides.
      margins: { top: 0.87, bottom: 0.87, left: 0.79, right: 0.79 },
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
