/**
 * Benchmark: renders a ~50-page briefing (150 excerpts, quotes and tables across 10 sections)
 * and prints it with headless Chromium, as the Chromium host and `parallax brief` do.
 * Prints `briefing 50 pages: <N> ms` for a warm browser (target < 3 s), the cold figure
 * (including Chromium's start) and the page count.
 */
import { writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { closePrintingBrowser, printHtmlToPdf } from '../src/main/services/pdf/print-with-chromium';
import { renderBriefingHtml } from '../src/shared/briefing/render-html';
import type { BriefingDocument, BriefingItem, CitedSource } from '../src/shared/briefing/types';

const OUTLETS = ['Lantern Post', 'Valley Wire', 'Harbour Courier', 'Civic Herald', 'Eastline News'];
const SENTENCE =
  'The council said the repairs to the bridge would take at least six weeks, and that ferries would run every twenty minutes during the morning and evening rush while engineers finish their work.';

function source(i: number): CitedSource {
  const outlet = OUTLETS[i % OUTLETS.length]!;
  return {
    title: `Bridge closure, day ${i + 1}: what ${outlet} reported`,
    outlet,
    published: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    author: i % 3 ? `Reporter ${i}` : null,
    sourcePath: `corpus/${outlet.toLowerCase().replace(/ /g, '-')}-${i}.html`,
    url: i % 2 ? `https://example.org/${i}` : null,
    contentHash: `${i}`.padStart(64, 'a'),
  };
}

function item(i: number): BriefingItem {
  const commentary = i % 2 ? `Analyst note ${i}: compare the framing with the other outlets.` : '';
  if (i % 10 === 9)
    return {
      type: 'table',
      caption: `Comparison ${i}`,
      header: ['', ...OUTLETS.slice(0, 3)],
      rows: ['Headline', 'Date', 'Lead'].map((r) => [
        r,
        ...OUTLETS.slice(0, 3).map((o) => `${o}: ${SENTENCE.slice(0, 60 + (i % 40))}`),
      ]),
      commentary,
    };
  if (i % 3 === 1)
    return {
      type: 'quote',
      speaker: `Speaker ${i % 12}`,
      kind: i % 2 ? 'direct' : 'indirect',
      text: SENTENCE.slice(0, 110),
      start: i * 10,
      end: i * 10 + 110,
      source: source(i),
      commentary,
    };
  return {
    kind: i % 4 === 0 ? 'claim' : 'coded',
    claim:
      i % 4 === 0 ? { status: 'disputed', evidence: 'Council minutes from 2026-03-01.' } : null,
    note: '',
    exact: SENTENCE.slice(0, 120 + ((i * 37) % 80)),
    start: i * 100,
    end: i * 100 + 300,
    tags: [{ name: `Code ${i % 6}`, color: ['#0072b2', '#d55e00', '#009e73'][i % 3]! }],
    commentary,
    source: source(i),
  };
}

const briefing: BriefingDocument = {
  title: 'Benchmark briefing: the Old Quay bridge',
  author: 'Bench',
  date: '2026-03-30',
  summary: SENTENCE,
  sections: Array.from({ length: 9 }, (_, s) => ({
    title: `Section ${s + 1}`,
    items: Array.from({ length: 17 }, (_, k) => item(s * 17 + k)),
  })),
};

async function timeOnce(): Promise<{ ms: number; pdf: Uint8Array }> {
  const started = performance.now();
  const pdf = await printHtmlToPdf(renderBriefingHtml(briefing), 'A4');
  return { ms: Math.round(performance.now() - started), pdf };
}

const cold = await timeOnce();
const runs = [await timeOnce(), await timeOnce(), await timeOnce()];
await closePrintingBrowser();
if (process.env['BENCH_BRIEFING_OUT']) writeFileSync(process.env['BENCH_BRIEFING_OUT'], cold.pdf);
const size = cold.pdf.length;
const pages = (await getDocumentProxy(cold.pdf)).numPages;
const warm = runs.map((r) => r.ms).sort((a, b) => a - b)[1]!;
console.log(`briefing ${pages} pages: ${warm} ms`);
console.log(`cold start (includes launching Chromium): ${cold.ms} ms`);
console.log(`pages: ${pages}, items: 153, PDF size: ${(size / 1024).toFixed(0)} KiB`);
