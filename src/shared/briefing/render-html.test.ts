import { describe, expect, it } from 'vitest';
import { renderBriefingHtml } from './render-html';
import type { BriefingDocument } from './types';

const source = {
  title: 'Dam vote delayed',
  outlet: 'Riverside Herald',
  published: '2026-04-05',
  author: 'Amir Haddad',
  sourcePath: 'world/dam.md',
  url: null,
  contentHash: 'abc123',
};

const briefing: BriefingDocument = {
  title: 'Korsa dam <coverage>',
  author: 'Desk',
  date: '2026-04-08',
  summary: 'Outlets disagree.',
  items: [
    {
      kind: 'coded',
      claim: null,
      note: '',
      exact: 'the only fair answer',
      start: 10,
      end: 30,
      tags: [{ name: 'Process', color: '#0072b2' }],
      commentary: 'Key line',
      source,
    },
    {
      kind: 'claim',
      claim: { status: 'disputed', evidence: 'Minutes <b>say</b> otherwise' },
      note: 'Check the minutes',
      exact: '<img src=x onerror=alert(1)>',
      start: 40,
      end: 60,
      tags: [{ name: 'Odd', color: 'red;background:url(x)' }],
      commentary: '',
      source,
    },
  ],
};

describe('renderBriefingHtml', () => {
  const html = renderBriefingHtml(briefing);

  it('has a cover, contents, every excerpt with its citation, and one appendix entry per source', () => {
    expect(html).toContain('<h1>Korsa dam &lt;coverage&gt;</h1>');
    expect(html).toContain('the only fair answer');
    expect(html).toContain('Key line');
    expect(html).toContain('Riverside Herald, “Dam vote delayed”, 2026-04-05, by Amir Haddad');
    expect(html).toContain('SHA-256 abc123');
    expect(html.match(/<li id="source-/g)).toHaveLength(1);
    expect(html).toContain('2 excerpts from 1 source');
  });

  it('shows a claim with its verification status and evidence, and a memo', () => {
    expect(html).toContain('Claim · disputed');
    expect(html).toContain('Evidence: Minutes &lt;b&gt;say&lt;/b&gt; otherwise');
    expect(html).toContain('Memo: Check the minutes');
  });

  it('escapes article text and refuses colours that are not colours', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('url(x)');
  });
});
