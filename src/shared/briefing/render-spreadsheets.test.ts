import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../text/csv';
import { EXPORT_COLUMNS } from './export-rows';
import { FIXTURE } from './fixture';
import { renderBriefingCsv } from './render-csv';
import { renderBriefingXlsx } from './render-xlsx';
import type { BriefingExcerpt } from './types';

describe('renderBriefingCsv', () => {
  const rows = parseCsv(renderBriefingCsv(FIXTURE));

  it('has one row per quote, reference and excerpt, with the article metadata', () => {
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(1 + 4);
    const quote = rows.find((r) => r[2] === 'quote');
    expect(quote).toEqual([
      'How outlets framed the delay',
      '2',
      'quote',
      'direct',
      'Mayor Ilse Brandt',
      'We will not be rushed <again>',
      '',
      '',
      '',
      '',
      'Only the Herald carries this.',
      'Riverside Herald',
      'Dam vote <delayed> & "reviewed"',
      '2026-04-05',
      'Amir Haddad',
      'world/dam.md',
      'https://example.org/dam?a=1&b=2',
      '120',
      '150',
      'abc123',
    ]);
  });

  it('keeps claims and codes, and never lets a cell run as a formula', () => {
    const claim = rows.find((r) => r[7] === 'disputed');
    expect(claim?.[6]).toBe('Odd');
    expect(claim?.[5]).toBe('<img src=x onerror=alert(1)> =SUM(A1)');
    const csv = renderBriefingCsv({
      ...FIXTURE,
      sections: [],
      items: [{ ...(FIXTURE.items![0] as BriefingExcerpt), exact: '=HYPERLINK("x")' }],
    });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('renderBriefingXlsx', () => {
  it('is a valid XLSX zip whose sheet holds the same rows', async () => {
    const bytes = await renderBriefingXlsx(FIXTURE);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect(workbook).toContain('Quotes and annotations');
    const strings = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(strings).toContain('Mayor Ilse Brandt');
    expect(strings).toContain('Dam vote &lt;delayed&gt; &amp;');
    expect(strings).toContain('abc123');
    expect(strings).not.toContain('<img');
  });
});
