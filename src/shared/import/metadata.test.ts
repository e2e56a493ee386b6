import { describe, expect, it } from 'vitest';
import { buildParsedArticle } from './build-parsed-article';
import { DEFAULT_OUTLETS, findOutletByName, findOutletByUrl, type OutletEntry } from './outlets';

const parse = (text: string, extra: Partial<Parameters<typeof buildParsedArticle>[0]> = {}) =>
  buildParsedArticle({
    sourcePath: 'dir/some_saved-page.txt',
    format: 'txt',
    contentHash: 'hash',
    text,
    ...extra,
  });

const PARAGRAPH =
  'Officials confirmed on Monday that the new terminal would open in the spring, several months later than the original plan had promised.';

describe('title', () => {
  it('strips curly quotes wrapping the headline', () => {
    const result = parse(
      `-3.2 C\nNorway\nTuesday, February 4, 2025\n\n“Harbour Terminal Opening Delayed Again”\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title.value).toBe('Harbour Terminal Opening Delayed Again');
  });

  it('prefers a headline the page repeats', () => {
    const result = parse(
      `Harbour terminal opening delayed again\n\nHarbour terminal opening delayed again\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title).toMatchObject({
      value: 'Harbour terminal opening delayed again',
      source: 'text:repeated-headline',
    });
  });

  it('takes the headline over the masthead, section, timestamp and byline lines under it', () => {
    const pages = [
      `Harbour terminal opening delayed until spring\n\nTHE HARBOUR LEDGER - Transport\nMonday 3 March 2025\n\nBy Jane Doe\n\n${PARAGRAPH}`,
      `Live: Harbour terminal opening delayed until spring\n\nWhat we know\n- The terminal will not open on time\n\n15:20 (local time)\n${PARAGRAPH}`,
      `Harbour terminal opening delayed until spring\n\nBy Jane Doe at the harbour office\n\n${PARAGRAPH}`,
    ];
    for (const page of pages)
      expect(parse(page).metadata.title.value).toMatch(
        /Harbour terminal opening delayed until spring$/,
      );
  });

  it('never takes a banner of cells or a ticker run into the menu for the headline', () => {
    const result = parse(
      `Home  News  Sport  Money\nBREAKING: Farmers block the ring road with tractors in price protest\n\nTerminal delayed again\n\nEURO STOXX 50 5,382 +0.4%   EUR/USD 1.1712   BRENT $69.40 a barrel\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title.value).toBe('Terminal delayed again');
  });

  it('does not take a paywall prompt for the first paragraph', () => {
    const result = parse(
      `Monday 3 March 2025\n\nSubscribe for $1 a week. Already a subscriber? Log in\n\nTerminal delayed again\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title.value).toBe('Terminal delayed again');
  });

  it('falls back to the file name, marked as a guess', () => {
    const result = parse(PARAGRAPH);
    expect(result.metadata.title).toEqual({
      value: 'some saved page',
      source: 'filename',
      guessed: true,
    });
  });

  it('keeps a headline apart from the paragraph on the next line', () => {
    const result = parse(
      `Port authority delays the new ferry terminal again\nHARBOURTON, March 12 (Wire) - ${PARAGRAPH} Work will now finish next year, the port authority said in a statement.\n\n(Reporting by Ann Lee; Editing by Tom Hale)`,
    );
    expect(result.metadata.title.value).toBe('Port authority delays the new ferry terminal again');
    expect(result.body.startsWith('HARBOURTON, March 12 (Wire)')).toBe(true);
  });

  it('keeps a headline and standfirst apart from the longer paragraph under them', () => {
    const result = parse(
      `Port authority delays the new ferry terminal again\nWork on the harbour will now run well into next year, officials say\n${PARAGRAPH} Work will now finish next year, the port authority said in a statement on Monday.`,
    );
    expect(result.metadata.title.value).toBe('Port authority delays the new ferry terminal again');
    // The standfirst is article text: it opens the body.
    expect(result.body.startsWith('Work on the harbour will now run well into next year')).toBe(
      true,
    );
  });

  it('keeps a standfirst under the headline in the body, past the byline and date', () => {
    const result = parse(
      `Port authority delays the new ferry terminal again\n\nWork on the harbour will now run well into next year as costs rise, officials and builders say\n\nBy Ann Lee\n\n20 August 2025\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title.value).toBe('Port authority delays the new ferry terminal again');
    expect(result.body).toMatch(/^Work on the harbour will now run well into next year/);
    expect(result.body).not.toMatch(/By Ann Lee|20 August 2025/);
  });

  it('does not take a masthead line for the headline over a long sentence-case headline', () => {
    const result = parse(
      `The Harbour Ledger - Transport\nPort authority delays the new ferry terminal again as costs rise at the harbour\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title.value).toBe(
      'Port authority delays the new ferry terminal again as costs rise at the harbour',
    );
  });

  it('keeps a headline apart from the byline on the next line', () => {
    const result = parse(
      `Port authority delays the new ferry terminal again\nBanking | 02.06.2025 | By Ann Lee\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title.value).toBe('Port authority delays the new ferry terminal again');
  });

  it('looks for the headline below a cookie banner or paywall notice', () => {
    for (const notice of [
      'We use cookies to improve your experience on example.com. Accept all | Settings',
      'Subscribers only - you have 2 free articles left this month',
      'This is one of your 3 free articles this month. Subscribe for unlimited access.',
    ]) {
      const result = parse(
        `The weekly magazine of harbour affairs\n${notice}\nNews  Sport  Weather  Radio\n\nTerminal delayed again\n\n${PARAGRAPH}`,
      );
      expect(result.metadata.title.value).toBe('Terminal delayed again');
    }
  });

  it('does not take a credit line with a date for the headline', () => {
    const result = parse(
      `Terminal delayed again\nHarbour desk | Tuesday 14 October 2025\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.title.value).toBe('Terminal delayed again');
  });

  it('does not take the writer or desk credit for the headline', () => {
    for (const credit of ['Ann Lee, Transport Correspondent', 'Harbour Times staff']) {
      const result = parse(`Terminal delayed again\n\n${credit}\n20 August 2025\n\n${PARAGRAPH}`);
      expect(result.metadata.title.value).toBe('Terminal delayed again');
    }
  });

  it('uses a stated title and removes a " | Site" suffix the text does not contain', () => {
    const result = parse(PARAGRAPH, {
      htmlMetadata: { title: { value: 'Terminal delayed | Port News', source: 'html:title' } },
    });
    expect(result.metadata.title.value).toBe('Terminal delayed');
  });
});

describe('publication date', () => {
  it('trusts a dateline under the headline', () => {
    const result = parse(`Terminal delayed\n\n14 May 2025 11:05\n\n${PARAGRAPH}`);
    expect(result.metadata.published).toEqual({
      value: '2025-05-14',
      source: 'text:dateline',
      guessed: false,
    });
  });

  it('treats a weather/date banner above the headline as a guessed fallback', () => {
    const result = parse(
      `-4.5 C\nOslo\nTuesday, March 3, 2026\n\nTerminal delayed again\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.published).toEqual({
      value: '2026-03-03',
      source: 'text:page-banner',
      guessed: true,
    });
  });

  it('finds the date under a byline that follows a standfirst', () => {
    const standfirst =
      'The central bank has finally cut rates, and the governor now faces a harder problem with the budget.';
    const result = parse(
      `Terminal delayed\n\n${standfirst}\n\nBy Agnes Roloff\n\n1 August 2025\n\n${PARAGRAPH}\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.published).toEqual({
      value: '2025-08-01',
      source: 'text:dateline',
      guessed: false,
    });
  });

  it('reads a date from one cell of a banner line, as a guessed fallback', () => {
    const result = parse(
      `Harbour Gazette\n\nWednesday 7 May 2025 | Brennhaven 13°C | High tide 09:47\n\nTerminal delayed again\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.published).toEqual({
      value: '2025-05-07',
      source: 'text:page-banner',
      guessed: true,
    });
  });

  it('reads a date line joined to the masthead lines above it', () => {
    const result = parse(
      `THE CASTREL COURIER   |   Sign in   |   Subscribe\nNews  Politics  Business  World\nWednesday 17 September 2025\n\nTerminal delayed again\n\n${PARAGRAPH}`,
    );
    expect(result.metadata.published.value).toBe('2025-09-17');
  });

  it('is null when the page states no date', () => {
    expect(parse(`Terminal delayed\n\n${PARAGRAPH}`).metadata.published.value).toBeNull();
  });

  it('ignores dates inside the article body', () => {
    expect(
      parse(
        `Terminal delayed\n\nThe works began on 3 March 2024 and were meant to end this year, officials said on Monday.`,
      ).metadata.published.value,
    ).toBeNull();
  });

  it('prefers a stated machine date', () => {
    const result = parse(PARAGRAPH, {
      htmlMetadata: {
        published: {
          value: '2025-06-01T08:00:00+02:00',
          source: 'html:meta[article:published_time]',
        },
      },
    });
    expect(result.metadata.published).toMatchObject({ value: '2025-06-01', guessed: false });
  });
});

describe('author', () => {
  it.each([
    ['By Hana Brook', 'Hana Brook', 'text:byline'],
    ['Author: Hana Brook', 'Hana Brook', 'text:byline'],
    ['By Hana Brook | 4 May 2025', 'Hana Brook', 'text:byline'],
    ['Hana Brook is a Senior Business Reporter at Port News.', 'Hana Brook', 'text:author-blurb'],
  ])('reads "%s"', (line, name, source) => {
    const result = parse(`Terminal delayed\n\n${PARAGRAPH}\n\n${line}`);
    expect(result.metadata.author).toMatchObject({ value: name, source });
  });

  it('reads an author box: role line followed by a bio', () => {
    const result = parse(
      `Terminal delayed\n\n${PARAGRAPH}\n\nTAGS\nPolitics Writer at Port News\nIvo Strand grew up by the sea and has reported on shipping for years.`,
    );
    expect(result.metadata.author).toMatchObject({ value: 'Ivo Strand', guessed: true });
    expect(result.metadata.outlet.value).toBe('Port News');
  });

  it('does not take a name mentioned in the article as the author', () => {
    expect(
      parse(
        `Terminal delayed\n\nBy the end of the year, Mayor Lin Ode said, the terminal would be ready for ferries and freight.`,
      ).metadata.author.value,
    ).toBeNull();
  });
});

describe('outlet', () => {
  it.each([
    [
      'Materials may be reused only with an active hyperlink to Tidewatch.example',
      'Tidewatch.example',
    ],
    ['Harbor Ledger © 2025. All rights reserved.', 'Harbor Ledger'],
    ['© 2025 Harbor Ledger. All rights reserved.', 'Harbor Ledger'],
    ['The comments posted here are not from Valley Voice. Please be kind.', 'Valley Voice'],
    ['About Kestrel Money’s Editorial Standards', 'Kestrel Money'],
  ])('reads "%s"', (line, outlet) => {
    const result = parse(`Terminal delayed\n\n${PARAGRAPH}\n\n${line}`);
    expect(result.metadata.outlet).toMatchObject({ value: outlet, guessed: false });
  });

  it('reads the sign-off under a byline', () => {
    expect(
      parse(`Terminal delayed\n\n${PARAGRAPH}\n\nBy Hana Brook\n\nPort News\nViews: 12`).metadata
        .outlet.value,
    ).toBe('Port News');
  });

  it('ignores outlets named inside the article', () => {
    const text = `Terminal delayed\n\nThe terminal will open in spring, Reuters reports, citing two officials who asked not to be named.`;
    expect(parse(text).metadata.outlet.value).toBeNull();
  });

  it('canonicalizes through the outlet list, which the caller can replace', () => {
    const url = {
      value: 'https://www.nytimes.com/2025/01/01/world/x.html',
      source: 'html:link[canonical]',
    };
    expect(parse(PARAGRAPH, { htmlMetadata: { url } }).metadata.outlet.value).toBe(
      'The New York Times',
    );
    const custom: OutletEntry[] = [
      { name: 'Port News Weekly', aliases: ['Port News'], domains: ['portnews.example'] },
    ];
    expect(
      parse(`T x y z\n\n${PARAGRAPH}\n\n© 2025 Port News`, { outlets: custom }).metadata.outlet
        .value,
    ).toBe('Port News Weekly');
  });

  it('offers a default list of well-known outlets with aliases and domains', () => {
    expect(DEFAULT_OUTLETS.length).toBeGreaterThanOrEqual(40);
    expect(findOutletByName('WSJ', DEFAULT_OUTLETS)?.name).toBe('The Wall Street Journal');
    expect(findOutletByUrl('https://edition.cnn.com/politics', DEFAULT_OUTLETS)?.name).toBe('CNN');
    expect(findOutletByUrl('https://notcnn.com/', DEFAULT_OUTLETS)).toBeNull();
  });

  it('matches a name or alias before a domain, and the earlier of two entries sharing one', () => {
    const list: OutletEntry[] = [
      { name: 'Harbour Wire', aliases: ['HW'], domains: ['harbour.example'] },
      { name: 'Harbour Example', aliases: [], domains: ['hw.example'] },
      { name: 'Second Harbour Wire', aliases: ['HW', 'harbour.example'], domains: [] },
    ];
    expect(findOutletByName('The HW', list)?.name).toBe('Harbour Wire');
    // "harbour.example" is the first entry's domain but the third entry's alias: the alias wins.
    expect(findOutletByName('Harbour.Example', list)?.name).toBe('Second Harbour Wire');
    expect(findOutletByName('hw.example', list)?.name).toBe('Harbour Example');
    expect(findOutletByName('Harbour Times', list)).toBeNull();
  });
});

describe('language and word count', () => {
  it('detects the language of the body', () => {
    const russian =
      'Заголовок о порте\n\nДокеры порта прекратили работу в понедельник, и десятки судов с зерном ждут разгрузки на рейде, сообщили власти.';
    expect(parse(russian).metadata.language.value).toBe('ru');
    expect(parse(`Terminal delayed\n\n${PARAGRAPH}`).metadata.language.value).toBe('en');
  });

  it('counts the words of the clean body', () => {
    expect(parse(`Terminal delayed\n\n${PARAGRAPH}`).wordCount).toBe(22);
  });
});
