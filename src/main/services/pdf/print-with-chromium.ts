/**
 * Prints briefing HTML to PDF with a headless Chromium (the Chromium host and the headless
 * command; Electron uses printToPDF instead). JavaScript is off: the HTML is a document, not an app.
 */
import { chromium, type Browser } from 'playwright-core';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE } from '../../../shared/briefing/print-templates';
import { AppError } from '../../../shared/result';
import { QUIET_CHROMIUM_ARGS, findChromium } from '../browser/find-chromium';

let browserPromise: Promise<Browser> | null = null;

async function printingBrowser(): Promise<Browser> {
  if (!browserPromise) {
    const executablePath = findChromium();
    if (!executablePath) {
      throw new AppError('unsupported', 'No Chromium or Chrome was found to print the PDF.');
    }
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    browserPromise = chromium.launch({
      executablePath,
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS, ...(isRoot ? ['--no-sandbox'] : [])],
    });
    browserPromise.catch(() => (browserPromise = null));
  }
  return browserPromise;
}

export async function printHtmlToPdf(html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  const browser = await printingBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: PDF_FOOTER_TEMPLATE,
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}

export async function closePrintingBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = null;
  if (pending) await (await pending).close().catch(() => undefined);
}
