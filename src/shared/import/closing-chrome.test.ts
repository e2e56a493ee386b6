import { describe, expect, it } from 'vitest';
import { buildParsedArticle } from './build-parsed-article';
import { classifyChrome } from './chrome-patterns';

const FIRST =
  'Lakeside council agreed on Tuesday to keep the public pool open through the winter, reversing a decision taken in the spring.';
const SECOND =
  'The pool will open four mornings a week, and the council will review the heating costs again in March.';
const parse = (text: string) =>
  buildParsedArticle({ sourcePath: 'pool.txt', format: 'txt', contentHash: 'h', text });

describe('chrome closing an article', () => {
  it('drops share rows, rules and the outlet describing itself, and reads the outlet from that', () => {
    const article = parse(
      [
        'Pool stays open for winter',
        FIRST,
        SECOND,
        '---',
        'Share: [Email](mailto:) · [Print](#)',
        'Lakeside Ledger is an independent newsroom. Sign up for our newsletter.',
      ].join('\n\n'),
    );
    expect(article.body).toBe(`${FIRST}\n\n${SECOND}`);
    expect(article.metadata.outlet).toMatchObject({
      value: 'Lakeside Ledger',
      source: 'text:self-description',
    });
  });

  it.each([
    'Share: Email · Print',
    'Share this article: Facebook | X | Email',
    'Facebook · LinkedIn · Copy link',
    '[Print](#)',
    '* * *',
    'The Lakeside Ledger is a nonprofit, reader-supported news site.',
    'Support our journalism. Become a member today!',
    'Subscribe to our newsletter. Follow us on Mastodon.',
  ])('classifies "%s" as chrome', (line) => {
    expect(classifyChrome(line)).toBe('chrome');
  });

  it.each([
    'Register offices will open on Monday, the city said.',
    'The council is an independent body, its chair said. Members will vote in March.',
    'Members who share a pool lane must swim in the same direction, the manager said.',
    FIRST,
  ])('keeps "%s" as article text', (line) => {
    expect(classifyChrome(line)).toBeNull();
  });
});
