import { describe, expect, it } from 'vitest';
import { buildParsedArticle } from './build-parsed-article';
import { parseSignLine } from './sign-line';

const PARAGRAPH =
  'The harbour board approved the new ferry timetable on Monday after a debate that ran well past midnight, members said.';
const parse = (text: string) =>
  buildParsedArticle({ sourcePath: 'notes/page.txt', format: 'txt', contentHash: 'h', text });

describe('sign line under the headline', () => {
  it.each([
    [
      '*Tidewater Wire · 16 March 2026 · by Mara Quist*',
      'Tidewater Wire',
      '2026-03-16',
      'Mara Quist',
    ],
    ['Fenwick Herald | 5 April 2026 | Oskar Lind', 'Fenwick Herald', '2026-04-05', 'Oskar Lind'],
    ['By Mara Quist, Tidewater Wire, March 16, 2026', 'Tidewater Wire', '2026-03-16', 'Mara Quist'],
    [
      '_Fenwick Herald — Monday, 6 April 2026 — by Oskar Lind_',
      'Fenwick Herald',
      '2026-04-06',
      'Oskar Lind',
    ],
    [
      'Opinion · lakeside.example · 2 May 2026, 09:15 · 4 min read',
      'lakeside.example',
      '2026-05-02',
      null,
    ],
  ])(
    'reads outlet, date and author from "%s" and keeps it out of the body',
    (line, outlet, day, author) => {
      const article = parse(`Ferry timetable approved\n\n${line}\n\n${PARAGRAPH}`);
      expect(article.metadata.title.value).toBe('Ferry timetable approved');
      expect(article.metadata.outlet).toMatchObject({ value: outlet, guessed: false });
      expect(article.metadata.published).toMatchObject({ value: day, guessed: false });
      expect(article.metadata.author.value).toBe(author);
      expect(article.body).toBe(PARAGRAPH);
    },
  );

  it('tells outlet from author by their order when neither says which it is, as a guess', () => {
    expect(parseSignLine('Port Aster | 5 April 2026 | Oskar Lind')).toMatchObject({
      outlet: 'Port Aster',
      author: 'Oskar Lind',
      guessed: true,
    });
  });

  it('reads a place and a date as a dateline, without inventing an outlet or author', () => {
    const article = parse(`Ferry timetable approved\n\nPort Aster · 14 March 2026\n\n${PARAGRAPH}`);
    expect(article.metadata.title.value).toBe('Ferry timetable approved');
    expect(article.metadata.published.value).toBe('2026-03-14');
    expect(article.metadata.outlet.value).toBeNull();
    expect(article.metadata.author.value).toBeNull();
    expect(article.body).toBe(PARAGRAPH);
  });

  it.each([
    'Home | World | Business',
    'Share: Email · Print',
    'Salt, pepper, thyme and bay leaves',
    'By the numbers: 12, 40, 300',
    'Ferries, buses and trams will run on a Sunday timetable from 16 March 2026.',
    PARAGRAPH,
  ])('does not take "%s" for a sign line', (line) => {
    expect(parseSignLine(line)).toBeNull();
  });
});
