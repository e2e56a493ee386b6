import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  packReport,
  packReports,
  unpackReport,
  unpackReports,
  type PackedReports,
  type WireImportReport,
} from '../../../shared/contract';
import { fromWire, toWire } from '../../../shared/contract/wire';
import { analyzeFile } from './analyze-file';
import type { ImportFileReport } from '../../../shared/domain';

const FIXTURES = new URL('../import/__fixtures__/', import.meta.url);

async function analyzed(name: string): Promise<ImportFileReport> {
  return analyzeFile(name, new Uint8Array(readFileSync(new URL(name, FIXTURES))));
}

/** What the renderer's import store decodes, sent across the Chromium host's JSON channel. */
const acrossTheWire = (report: ImportFileReport): ImportFileReport =>
  unpackReports(fromWire(toWire(packReports([packReport(report)]))) as PackedReports)[0]!;

describe('import reports on the wire', () => {
  it.each([
    'harbor-ledger-page.txt',
    'port-page.html',
    'story-aggregator.txt',
    'coastline-daily-copy.txt',
  ])('gives back %s whole, and sends its body, quote texts and signature in less', async (name) => {
    const report = await analyzed(name);
    expect(report.article?.quotes?.length ?? 0).toBeGreaterThan(0);
    expect(acrossTheWire(report)).toEqual(report);
    const packed = packReport(report);
    expect(packed.article).not.toHaveProperty('body');
    expect(packed.article?.quotes?.some((quote) => 'text' in quote)).toBe(false);
    expect(toWire(packed).length).toBeLessThan(0.75 * toWire(report).length);
  });

  it('sends what cannot be rebuilt exactly as it is', async () => {
    const report = await analyzed('harbor-ledger-page.txt');
    const article = report.article!;
    // A body the map does not describe, a quote whose text is not the body's, odd signature values.
    const edited: ImportFileReport = {
      ...report,
      article: {
        ...article,
        body: `${article.body} (edited)`.replace('a', 'á'),
        quotes: [{ ...article.quotes![0]!, text: 'tidied text of the quote' }],
        signature: [1.5, -2, 2 ** 32, 7],
      },
    };
    expect(acrossTheWire(edited)).toEqual(edited);
    expect(packReport(edited).article?.body).toBe(edited.article!.body);
  });

  it('passes reports without an article, and reports sent whole, through unchanged', () => {
    const failed: ImportFileReport = {
      file: 'broken.pdf',
      status: 'failed',
      reason: 'the PDF is encrypted',
      duplicateOf: null,
      article: null,
    };
    expect(acrossTheWire(failed)).toEqual(failed);
  });

  it('unpacks a report that was never packed to the same report', async () => {
    const report = await analyzed('port-page.html');
    expect(unpackReport(report as WireImportReport)).toEqual(report);
  });
});
