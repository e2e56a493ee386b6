import { describe, expect, it } from 'vitest';
import type { Quote } from '../../domain';
import type { BriefingTable } from '../types';
import { buildCoverageBriefing } from './build';
import type { CoverageArticle } from './types';

const quote = (speaker: string, text: string): Quote => ({
  kind: 'direct',
  text,
  speaker,
  cue: 'said',
  start: 10,
  end: 10 + text.length,
});

function article(outlet: string, published: string, quotes: Quote[]): CoverageArticle {
  return {
    id: `${outlet}.html`,
    source: {
      title: `${outlet} on the bridge`,
      outlet,
      published,
      author: null,
      sourcePath: `${outlet}.html`,
      url: null,
      contentHash: `hash-${outlet}`,
    },
    body: `${outlet} on the bridge\n\nThe Old Quay bridge closed on Monday after inspectors found cracks in its supports, officials said.`,
    wordCount: 120,
    quotes,
  };
}

const story = {
  label: 'Old Quay bridge closes',
  articles: [
    article('Lantern Post', '2026-03-02', [
      quote('Ilse Brandt', 'The bridge stays shut until it is safe'),
      quote('Tomas Reyes', 'The council was warned two years ago'),
    ]),
    article('Valley Wire', '2026-03-03', [
      quote('Brandt', 'We acted the same day we were told'),
      quote('officials', 'Repairs will take at least six weeks'),
      quote('Jonas Aberg', 'ok'),
    ]),
  ],
};

describe('buildCoverageBriefing', () => {
  const doc = buildCoverageBriefing([story], { title: 'Bridge', date: '2026-03-04' });
  const tables = doc
    .sections!.flatMap((s) => s.items)
    .filter((i): i is BriefingTable => i.type === 'table');
  const table = (caption: string) => tables.find((t) => t.caption.startsWith(caption))!;

  it('puts the outlets side by side with headline, date, byline, length and lead, citing them', () => {
    const side = table('The outlets side by side');
    expect(side.header).toEqual(['', 'Lantern Post', 'Valley Wire']);
    expect(side.rows.map((r) => r[0])).toEqual([
      'Headline',
      'Date',
      'Byline',
      'Length',
      'Lead',
      'File',
    ]);
    expect(side.rows[3]).toEqual(['Length', '120 words', '120 words']);
    expect(side.rows[4]![1]).toMatch(/^The Old Quay bridge closed on Monday/);
    expect(side.sources).toHaveLength(2);
  });

  it('matches a surname to the full name across outlets and lists who only one outlet quotes', () => {
    expect(table('Who is quoted where').rows).toEqual([
      ['Ilse Brandt', '1 quote', '1 quote'],
      ['Tomas Reyes', '1 quote', ''],
    ]);
    expect(table('Quoted by one outlet only').rows).toEqual([
      ['Tomas Reyes', 'Lantern Post', '1 quote'],
    ]);
    expect(table('Unnamed sources').rows).toEqual([['officials', '', '1 quote']]);
  });

  it('lists the quotes by speaker with full citations, leaving out fragments', () => {
    const quotes = doc.sections!.find((s) => s.title.includes('quotes by speaker'))!.items;
    const speakers = quotes
      .filter((i) => i.type === 'quote')
      .map((i) => i.type === 'quote' && i.speaker);
    expect(speakers).toEqual(['Ilse Brandt', 'Ilse Brandt', 'Tomas Reyes']);
    expect(JSON.stringify(quotes)).not.toContain('Jonas Aberg');
    expect(quotes[0]).toMatchObject({ type: 'text', heading: 'Ilse Brandt' });
  });

  it('plots when each outlet published and summarises the corpus on the cover', () => {
    const timeline = doc.sections!.flatMap((s) => s.items).find((i) => i.type === 'timeline');
    expect(timeline).toMatchObject({
      lanes: [{ label: 'Lantern Post', dates: ['2026-03-02'] }, { label: 'Valley Wire' }],
    });
    expect(doc.summary).toContain('2 articles from 2 outlets');
  });
});
