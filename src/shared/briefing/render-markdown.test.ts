import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixture';
import { escapeMarkdown } from './markdown-escape';
import { renderBriefingMarkdown } from './render-markdown';

describe('escapeMarkdown', () => {
  it('neutralises emphasis, links, HTML, tables and line-start syntax', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) <e> f|g `h` ~i~ &amp;')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> f\\|g \\`h\\` \\~i\\~ \\&amp;',
    );
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list\n+ no')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not a list\n\\+ no',
    );
    expect(escapeMarkdown('2026-04-05 is fine. So is 3.5')).toBe('2026-04-05 is fine. So is 3.5');
  });
});

describe('renderBriefingMarkdown', () => {
  const md = renderBriefingMarkdown(FIXTURE);

  it('has the title, contents with anchors, sections, items and the sources appendix', () => {
    expect(md.startsWith('# Korsa dam \\<coverage\\>\n')).toBe(true);
    expect(md).toContain('1. [How outlets framed the delay](#section-1)');
    expect(md).toContain('3. [Sources](#sources)');
    expect(md).toContain('<a id="item-7"></a>');
    expect(md).toContain('## 2. Excerpts');
    expect(md).toContain(
      '<a id="source-2"></a>**[2]** Valley Post, “Council: \\*no\\* decision before May”',
    );
    expect(md).toContain('SHA-256 `abc123`');
  });

  it('escapes article and analyst text everywhere', () => {
    expect(md).toContain('Outlets disagree on \\*why\\* the vote moved.');
    expect(md).toContain('> \\<img src=x onerror=alert(1)\\> =SUM(A1)');
    expect(md).toContain('First paragraph with # hash and \\[link\\](x).\n\nSecond \\| paragraph.');
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });

  it('renders quotes, claims, tables, timelines and citations with passage pointers', () => {
    expect(md).toContain('> “We will not be rushed \\<again\\>”');
    expect(md).toContain('**Claim: disputed** · Codes: Odd');
    expect(md).toContain('|  | Riverside Herald | Valley Post |\n| --- | --- | --- |');
    expect(md).toContain('| Words | 812 |  |');
    expect(md).toContain('- **Valley Post**: 2026-04-06, spring 2026');
    expect(md).toContain('Passage at characters 120–150 of the clean text.');
    expect(md).toContain('**Commentary:** Lengths differ \\| a lot.');
  });
});
