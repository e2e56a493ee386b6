import { describe, expect, it } from 'vitest';
import { buildParsedArticle } from './build-parsed-article';

const parse = (text: string) =>
  buildParsedArticle({ sourcePath: 'page.txt', format: 'txt', contentHash: 'hash', text });

const PAGE = [
  'facebook',
  'telegram',
  'night_theme',
  'ru',
  'search',
  'What are you searching for?',
  'Materials may be reused only with an active hyperlink to Northwind.example',
  'Northwind.example © 2025. .',
  'A+',
  'A-',
  '',
  'Bridge repairs close river crossing for a month',
  '',
  '14 May 2025 11:05',
  '',
  'The old stone bridge over the Lessa river will close to traffic from Monday while engineers replace two of its arches, the city council said.',
  '',
  'Buses will be diverted through the northern ring road, adding roughly fifteen minutes to most journeys.',
  '',
  'What changes for cyclists',
  '',
  'A temporary footbridge will carry pedestrians and cyclists, but it will close overnight for safety checks.',
  '',
  'By Hana Brook',
  '',
  'Northwind',
  'Views: 88',
  'share-lineEnjoyed this article? Pass it on to a friend!',
  'copy link',
  'Follow us on WhatsApp',
  'Latest news',
  'Related news',
].join('\n');

describe('clean body', () => {
  const article = parse(PAGE);

  it('keeps every paragraph of the article, including its subheading', () => {
    expect(article.body.split('\n\n')).toEqual([
      'The old stone bridge over the Lessa river will close to traffic from Monday while engineers replace two of its arches, the city council said.',
      'Buses will be diverted through the northern ring road, adding roughly fifteen minutes to most journeys.',
      'What changes for cyclists',
      'A temporary footbridge will carry pedestrians and cyclists, but it will close overnight for safety checks.',
    ]);
  });

  it('drops menus, toggles, copyright, byline, view counters and share prompts', () => {
    for (const chrome of [
      'night_theme',
      'facebook',
      'hyperlink',
      '©',
      'A+',
      'By Hana Brook',
      'Views',
      'Pass it on',
      'Telegram',
      'Latest news',
    ]) {
      expect(article.body).not.toContain(chrome);
    }
  });

  it('maps every body segment back to identical text in the original', () => {
    expect(article.bodyMap.length).toBeGreaterThan(0);
    for (const segment of article.bodyMap) {
      expect(article.body.slice(segment.bodyStart, segment.bodyStart + segment.length)).toBe(
        article.original.slice(segment.originalStart, segment.originalStart + segment.length),
      );
    }
    const covered = article.bodyMap.reduce((sum, segment) => sum + segment.length, 0);
    expect(covered).toBe(article.body.replace(/\n\n/g, '').length);
  });

  it('drops lines repeating the headline (captions, alt text, breadcrumbs) but keeps article sentences', () => {
    const text = [
      'Blog » Travel » Night trains return to the Alpine routes',
      '',
      'Night trains return to the Alpine routes',
      '',
      'Night trains return',
      'Night trains return',
      '',
      'Sleeper services between the valley towns will resume in December after a three-year pause, the rail operator announced on Friday.',
      '',
      'Night trains return to the Alpine routes',
      '',
      'Tickets go on sale next month, and the operator expects the first trains to be fully booked over the holidays.',
      '',
      'Featured Image Credit: Pia Lund; Open Rail Photos',
    ].join('\n');
    const result = parse(text);
    expect(result.metadata.title.value).toBe('Night trains return to the Alpine routes');
    expect(result.body.split('\n\n')).toEqual([
      'Sleeper services between the valley towns will resume in December after a three-year pause, the rail operator announced on Friday.',
      'Tickets go on sale next month, and the operator expects the first trains to be fully booked over the holidays.',
    ]);
  });

  it('stops at an editorial-process or author box and at a comment notice', () => {
    const text = [
      'Rents rise again in the capital',
      '',
      'Average rents in the capital rose for the ninth month in a row, according to a survey of letting agents published on Wednesday.',
      '',
      'About Kestrel Money’s Editorial Standards',
      '',
      'We follow a strict editorial policy focused on accuracy and fairness, and every article is checked by an editor before it is published.',
    ].join('\n');
    expect(parse(text).body).toBe(
      'Average rents in the capital rose for the ninth month in a row, according to a survey of letting agents published on Wednesday.',
    );
    const withComments =
      'Headline about council budget vote\n\nThe council approved its budget on Tuesday after a long debate that ran past midnight.\n\nThe comments posted here are not from Riverside Herald. Kindly refrain from using derogatory words in your comments.';
    expect(parse(withComments).body).toBe(
      'The council approved its budget on Tuesday after a long debate that ran past midnight.',
    );
  });

  it('resumes the article when long running text follows a "Related" widget', () => {
    const text = [
      'Orchard harvest falls short',
      '',
      'Apple growers in the valley picked a third less fruit than last year after a late frost damaged the blossom in April.',
      '',
      'Related',
      'Pear prices climb',
      'Frost warnings issued',
      '',
      'Growers said the smaller crop would push up prices in local markets, though supermarkets had already signed contracts with importers to fill the gap, and the regional growers’ association said it would ask the ministry for emergency support before the winter.',
    ].join('\n');
    const body = parse(text).body;
    expect(body).toContain('Apple growers in the valley');
    expect(body).toContain('Growers said the smaller crop');
    expect(body).not.toContain('Pear prices climb');
  });

  it('keeps a text with no running prose rather than returning nothing', () => {
    const result = parse('Things to pack today\nwarm socks\nrain jacket\nspare batteries');
    expect(result.body.split('\n\n')).toEqual(['warm socks', 'rain jacket', 'spare batteries']);
  });

  it('removes an "appeared first on" credit from an article but keeps the sentence before it', () => {
    const text =
      'Library opens late on Thursdays\n\nThe central library will stay open until nine on Thursdays from next week, the city said. The post Library opens late on Thursdays appeared first on Town Crier.';
    const result = parse(text);
    expect(result.body).toBe(
      'The central library will stay open until nine on Thursdays from next week, the city said.',
    );
    expect(result.metadata.outlet.value).toBe('Town Crier');
  });

  it('drops share and premium prompts of any length, but not words that merely contain them', () => {
    const text = [
      'Ferry fares frozen for another year',
      '',
      "The island ferry will keep its fares at this year's level until next spring, the operator said on Monday.",
      'Link copied',
      'Become a premium member today and read every story without limits, from any device you own.',
      'Its chief executive said the line would forgo premium pricing on the early sailings to keep commuters aboard.',
    ].join('\n');
    expect(parse(text).body.split('\n\n')).toEqual([
      "The island ferry will keep its fares at this year's level until next spring, the operator said on Monday.",
      'Its chief executive said the line would forgo premium pricing on the early sailings to keep commuters aboard.',
    ]);
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const text = [
      'Ferry timetable changes for the winter season',
      '',
      'The island ferry will run four times a day instead of six from the first',
      'of November, the operator said, citing lower demand and higher fuel costs',
      'over the colder months of the year.',
    ].join('\n');
    expect(parse(text).body).toBe(
      'The island ferry will run four times a day instead of six from the first of November, the operator said, citing lower demand and higher fuel costs over the colder months of the year.',
    );
  });
});
