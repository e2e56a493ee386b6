import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../../shared/briefing/fixture';
import { renderBriefingDocx } from './render-docx';

async function parts(pageSize: 'A4' | 'Letter' = 'A4') {
  const bytes = await renderBriefingDocx(
    { ...FIXTURE, summary: `${FIXTURE.summary}\u0001 bell` },
    pageSize,
  );
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  return unzipSync(bytes);
}

describe('renderBriefingDocx', () => {
  it('is a valid DOCX zip with the document, styles, header and footer parts', async () => {
    const files = await parts();
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    expect(Object.keys(files).some((f) => /^word\/header\d*\.xml$/.test(f))).toBe(true);
    const footer = Object.entries(files).find(([f]) => /^word\/footer\d*\.xml$/.test(f));
    expect(strFromU8(footer![1])).toMatch(/PAGE.*NUMPAGES/s);
  });

  it('holds every item with its citation, escaped, and the sources appendix', async () => {
    const xml = strFromU8((await parts())['word/document.xml']!);
    expect(xml).toContain('Korsa dam &lt;coverage&gt;');
    expect(xml).toContain('We will not be rushed &lt;again&gt;');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('Passage at characters 120–150 of the clean text.');
    expect(xml).toContain('SHA-256 abc123');
    expect(xml).toContain('Riverside Herald');
    expect(xml).toContain('Lengths differ | a lot.');
    expect(xml).toContain('w:tblHeader');
    expect(xml).toContain('w:cantSplit');
    expect(xml).toMatch(/w:anchor="item_7"/);
    expect(xml).toMatch(/w:bookmarkStart[^>]*w:name="item_7"/);
  });

  it('sets the page size', async () => {
    expect(strFromU8((await parts('A4'))['word/document.xml']!)).toContain('w:w="11906"');
    expect(strFromU8((await parts('Letter'))['word/document.xml']!)).toContain('w:w="12240"');
  });
});
