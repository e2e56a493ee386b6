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

describe('teasers and navigation around an article', () => {
  it('does not take a trending teaser or a spaced menu as the headline, nor keep teasers', () => {
    const article = parse(
      [
        'NEWS  SHOWBIZ  SPORT  MONEY  TRAVEL',
        "TRENDING: Volcano watch: scientists 'watching hour by hour' after evacuation",
        'Pool stays open for winter',
        FIRST,
        'READ MORE: Moorland fire contained after three days, but questions grow over management',
        SECOND,
        'Most read on the Ledger',
        '1. Budget survives, but forecast error leaves credibility bruised',
        '2. Government and teachers strike deal to avert March walkout',
      ].join('\n\n'),
    );
    expect(article.metadata.title.value).toBe('Pool stays open for winter');
    expect(article.body).toBe(`${FIRST}\n\n${SECOND}`);
  });

  it.each([
    'READ MORE: Killer quake hits the Arequipa region - rescuers dig through rubble',
    'Watch: Residents describe moment quake struck',
    'Related: Solvex wind farm decision due next month',
    'Home  News  Sport  Weather  Radio  TV',
  ])('classifies "%s" as chrome', (line) => {
    expect(classifyChrome(line)).toBe('chrome');
  });

  it.each(['Latest in Companies', 'Most read on the Courier', 'Top stories'])(
    'classifies "%s" as the heading of a list of other stories',
    (line) => {
      expect(classifyChrome(line)).toBe('soft-footer');
    },
  );

  it.each([
    'More than 300 small earthquakes were recorded beneath the volcano overnight.',
    'Watch the skies, officials said: the ash cloud may return on Thursday.',
  ])('keeps "%s" as article text', (line) => {
    expect(classifyChrome(line)).toBeNull();
  });
});
