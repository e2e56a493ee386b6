import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixture';
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

/** The older shape the renderer still builds: one flat list of excerpts. */
const legacy: BriefingDocument = {
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

describe('renderBriefingHtml with a flat list of excerpts', () => {
  const html = renderBriefingHtml(legacy);

  it('has a cover, contents, every excerpt with its citation, and one appendix entry per source', () => {
    expect(html).toContain('<h1>Korsa dam &lt;coverage&gt;</h1>');
    expect(html).toContain('the only fair answer');
    expect(html).toContain('Key line');
    expect(html).toContain('Riverside Herald, “Dam vote delayed”, 2026-04-05, by Amir Haddad');
    expect(html).toContain('SHA-256 abc123');
    expect(html.match(/<li id="source-/g)).toHaveLength(1);
    expect(html).toContain('2 excerpts from 1 source');
    expect(html).toContain('<a href="#section-1"><span class="n">1.</span>Excerpts</a>');
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

describe('renderBriefingHtml with sections and every item type', () => {
  const html = renderBriefingHtml(FIXTURE);

  it('numbers sections and items across the document, with anchors the contents link to', () => {
    for (const id of ['section-1', 'section-2', 'item-1', 'item-7', 'sources']) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id}"`);
    }
    expect(html).toContain('How outlets framed the delay');
    expect(html).toContain('<p class="intro">Two outlets, two framings.</p>');
  });

  it('renders a quote with speaker, outlet, kind, text and full citation with offsets', () => {
    expect(html).toContain('Mayor Ilse Brandt <span class="muted">in Riverside Herald</span>');
    expect(html).toContain('Direct quote');
    expect(html).toContain('“We will not be rushed &lt;again&gt;”');
    expect(html).toContain('Passage at characters 120–150 of the clean text.');
  });

  it('renders tables with a header row, row headings and a dash for empty cells', () => {
    expect(html).toContain('<thead><tr><th scope="col"></th><th scope="col">Riverside Herald</th>');
    expect(html).toContain('<th scope="row">Headline</th><td>Dam vote delayed</td>');
    expect(html).toContain('<td class="empty">—</td>');
  });

  it('plots a timeline as SVG and lists dates it cannot plot', () => {
    expect(html).toContain('<svg');
    expect(html).toContain('>2026-04-05</text>');
    expect(html).toContain('Not plotted, no exact date: Valley Post (spring 2026).');
  });

  it('lists each cited article once in the appendix, with file, URL, hash and back-links', () => {
    expect(html.match(/<li id="source-/g)).toHaveLength(2);
    expect(html).toContain('URL: https://example.org/dam?a=1&amp;b=2');
    expect(html).toContain('File: valley/council.html');
    expect(html).toContain('Cited in <a href="#item-2">2</a>, <a href="#item-6">6</a>');
    expect(html).toContain('Dam vote &lt;delayed&gt; &amp; &quot;reviewed&quot;');
  });

  it('keeps headings with their content and rows whole across pages', () => {
    expect(html).toMatch(/h1, h2, h3, figcaption \{ break-after: avoid/);
    expect(html).toMatch(/tr \{ break-inside: avoid/);
  });
});
