import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeDocx, makeMhtml, makePdf } from './__fixtures__/binary-fixtures';
import { MAX_IMPORT_FILE_BYTES, parseFile } from './parse-file';

const fixture = (name: string): Uint8Array =>
  readFileSync(path.join(__dirname, '__fixtures__', name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseFile: plain text pages', () => {
  it('takes English stories full of foreign names for English', async () => {
    // Our own sample stories that the earlier detector (tinyld) read as French and Berber.
    const stories = ['holdout-5/c012.txt', 'rovers-cup-capital-ledger.txt'];
    for (const story of stories) {
      const file = path.join(__dirname, '../../../../resources/story-eval', story);
      const report = await parseFile(story, readFileSync(file));
      expect(report.article?.metadata.language.value, story).toBe('en');
    }
  });

  it('imports a saved news page with clean body and metadata', async () => {
    const report = await parseFile(
      'pages/harbor-ledger-page.txt',
      fixture('harbor-ledger-page.txt'),
    );
    expect(report.status).toBe('imported');
    const article = report.article!;
    expect(article.sourcePath).toBe('pages/harbor-ledger-page.txt');
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.metadata.title.value).toBe('Port strike halts grain exports as talks stall');
    expect(article.metadata.outlet.value).toBe('Harbor Ledger');
    expect(article.metadata.published.value).toBe('2025-03-03');
    expect(article.metadata.author.value).toBe('Lena Ortiz');
    expect(article.body.startsWith('Dock workers at the port of Valmera')).toBe(true);
    expect(article.body.endsWith('according to the labour office.')).toBe(true);
    expect(article.body).toContain('Negotiations');
    expect(article.body).not.toMatch(/Views|Telegram|Related news|Ferry fares|dark_mode|Home »/);
  });

  it('reads a blog page: breadcrumbs, repeated captions, image credit and author box dropped', async () => {
    const article = (await parseFile('money-blog-page.txt', fixture('money-blog-page.txt')))
      .article!;
    expect(article.metadata.title.value).toBe('Lumber prices slide as housing starts cool');
    expect(article.metadata.outlet.value).toBe('Penny Post');
    expect(article.metadata.author.value).toBe('Oren Vale');
    expect(article.body).toContain('Why builders are waiting');
    expect(article.body).toContain('keep prices low for the rest of the year.');
    expect(article.body).not.toMatch(/Blog »|Image Credit|Editorial|houseplants|Sign up/);
    expect(article.body.match(/Lumber prices slide/g)).toBeNull();
  });

  it('recognizes an aggregator page and keeps it away from a snippet outlet', async () => {
    const article = (await parseFile('story-aggregator.txt', fixture('story-aggregator.txt')))
      .article!;
    expect(article.kind).toBe('aggregator');
    expect(article.aggregator).toEqual({
      sourceCount: 12,
      biasDistribution: { left: 50, right: 25 },
    });
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('decodes a Windows-1251 page and reads Russian metadata', async () => {
    const bytes = new Uint8Array(
      iconv.encode(
        readFileSync(path.join(__dirname, '__fixtures__', 'cyrillic-note.txt'), 'utf8'),
        'windows-1251',
      ),
    );
    const report = await parseFile('cyrillic-note.txt', bytes);
    expect(report.status).toBe('imported');
    expect(report.notes).toContain('decoded as windows-1251');
    const article = report.article!;
    expect(article.metadata.title.value).toBe('Порт Валмеры остановил отгрузку зерна');
    expect(article.metadata.published.value).toBe('2025-03-12');
    expect(article.metadata.author.value).toBe('Мира Соколова');
    expect(article.metadata.language.value).toBe('ru');
    expect(article.body).toContain('Профсоюз требует новую шкалу оплаты');
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const text = readFileSync(
      path.join(__dirname, '__fixtures__', 'harbor-ledger-page.txt'),
      'utf8',
    );
    const report = await parseFile(
      'utf16.txt',
      new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })),
    );
    expect(report.article?.metadata.title.value).toBe(
      'Port strike halts grain exports as talks stall',
    );
  });
});

describe('parseFile: other formats', () => {
  it('reads Markdown: heading as title, front matter as metadata, markup removed', async () => {
    const article = (await parseFile('guide.md', fixture('guide.md'))).article!;
    expect(article.format).toBe('md');
    expect(article.metadata.title).toMatchObject({
      value: 'How tide tables are made',
      source: 'md:heading',
    });
    expect(article.metadata.published.value).toBe('2025-04-02');
    expect(article.metadata.author.value).toBe('Tomas Greer');
    expect(article.body).toContain(
      'Tide tables are predictions, not measurements. Harbour offices combine decades',
    );
    expect(article.body).toContain('See the national tide service for corrections.');
    expect(article.body).not.toMatch(/\*\*|\]\(|^#/m);
  });

  it('reads Markdown: the sign line under the heading, without it or the share row in the body', async () => {
    const markdown = [
      '# Night buses return to the harbour line',
      '*Lakeside Ledger · 3 February 2026 · by Ines Varro*',
      'Night buses will run again on the harbour line from Friday, the transport office said, after a two-year pause.',
      'Drivers will get a second break on the late shift, the union said on Monday.',
      '---',
      'Share: [Email](mailto:) · [Print](#)',
      'Lakeside Ledger is an independent newsroom. Sign up for our newsletter.',
    ].join('\n\n');
    const article = (await parseFile('buses.md', utf8(markdown))).article!;
    expect(article.metadata.outlet.value).toBe('Lakeside Ledger');
    expect(article.metadata.published.value).toBe('2026-02-03');
    expect(article.metadata.author.value).toBe('Ines Varro');
    expect(article.body.split('\n\n')).toEqual([
      'Night buses will run again on the harbour line from Friday, the transport office said, after a two-year pause.',
      'Drivers will get a second break on the late shift, the union said on Monday.',
    ]);
  });

  it('reads HTML with meta tags, and never lets script, style or handler code into the text', async () => {
    const report = await parseFile('port-page.html', fixture('port-page.html'));
    const article = report.article!;
    expect(article.metadata.title).toMatchObject({
      value: 'Port strike ends after pay deal',
      source: 'html:meta[og:title]',
    });
    expect(article.metadata.outlet.value).toBe('Harbor Ledger');
    expect(article.metadata.published.value).toBe('2025-03-14');
    expect(article.metadata.author.value).toBe('Lena Ortiz');
    expect(article.metadata.url.value).toBe(
      'https://harborledger.example/business/port-strike-ends',
    );
    expect(article.metadata.language.value).toBe('en');
    expect(article.body.split('\n\n')).toHaveLength(4);
    expect(article.body).toContain('Now we get the cranes moving again.');
    for (const text of [article.body, article.original]) {
      expect(text).not.toMatch(
        /INJECTED|SCRIPT INSIDE|STYLE TEXT|HANDLER|NOSCRIPT|stealCookies|alert\(/,
      );
    }
    expect(article.body).not.toMatch(/Privacy policy|Sport/);
  });

  it('survives malformed and very deeply nested HTML', async () => {
    const malformed =
      '<html><body><div><p>Unclosed paragraph about the harbour council meeting that ran late into the night, officials said.<div><span>stray</b> text <p>Second paragraph, also unclosed, about the vote that followed the long debate on Tuesday.</body>';
    const report = await parseFile('broken.html', utf8(malformed));
    expect(report.status).toBe('imported');
    expect(report.article!.body).toContain('Second paragraph, also unclosed');
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>Deep inside the markup sits the only paragraph of this article, and it must not be lost.</p>${'</div>'.repeat(5000)}</body></html>`;
    const deepReport = await parseFile('deep.html', utf8(deep));
    expect(deepReport.status).toBe('imported');
    expect(deepReport.article!.body).toContain('it must not be lost.');
    expect(deepReport.notes?.join(' ')).toMatch(/nested 5002 levels deep/);
  });

  it('reads MHTML: the HTML part decoded from quoted-printable, the URL from Content-Location', async () => {
    const html = readFileSync(
      path.join(__dirname, '__fixtures__', 'port-page.html'),
      'utf8',
    ).replace(/<link rel="canonical"[^>]*>/, '');
    const report = await parseFile(
      'saved/page.mhtml',
      makeMhtml(html, 'https://harborledger.example/saved-copy'),
    );
    const article = report.article!;
    expect(article.format).toBe('mhtml');
    expect(article.metadata.title.value).toBe('Port strike ends after pay deal');
    expect(article.metadata.url).toMatchObject({
      value: 'https://harborledger.example/saved-copy',
      source: 'mhtml:content-location',
    });
    expect(article.body).toContain(
      '“We are relieved, and we are tired,” said union steward Paulo Brandt.',
    );
    expect(article.body).not.toMatch(/=\r?\n|=E2=80/);
  });

  it('reads a PDF, keeping its paragraphs and info dictionary', async () => {
    const pdf = makePdf(
      [
        [
          'Tide gauges record the sea level every six minutes along the',
          'coast, and the readings feed the tables that sailors use.',
        ],
        [
          'Storms can push the water higher than the forecast says, so harbour masters add a margin.',
        ],
      ],
      { title: 'Tide gauges explained', author: 'Rin Hale' },
    );
    const article = (await parseFile('tides.pdf', pdf)).article!;
    expect(article.metadata.title).toMatchObject({
      value: 'Tide gauges explained',
      source: 'pdf:info.Title',
    });
    expect(article.metadata.author.value).toBe('Rin Hale');
    expect(article.body.split('\n\n')).toEqual([
      'Tide gauges record the sea level every six minutes along the coast, and the readings feed the tables that sailors use.',
      'Storms can push the water higher than the forecast says, so harbour masters add a margin.',
    ]);
  });

  it('reads a DOCX', async () => {
    const docx = makeDocx([
      'Ferries return after the storm',
      'Ferry services between the islands resumed on Sunday after a storm closed the strait for two days, operators said.',
      'By Ada Quinn',
    ]);
    const article = (await parseFile('ferries.docx', docx)).article!;
    expect(article.metadata.title.value).toBe('Ferries return after the storm');
    expect(article.metadata.author.value).toBe('Ada Quinn');
    expect(article.body).toBe(
      'Ferry services between the islands resumed on Sunday after a storm closed the strait for two days, operators said.',
    );
  });
});

describe('parseFile: bad input gets a clear reason', () => {
  it.each([
    ['empty.txt', new Uint8Array(), 'failed', /file is empty/],
    ['blank.txt', utf8('   \n\n  '), 'failed', /no text/],
    [
      'photo.txt',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
      'failed',
      /binary/,
    ],
    ['locked.pdf', makePdf([['secret']], { encrypted: true }), 'failed', /password-protected/],
    ['broken.pdf', utf8('%PDF-1.4\n1 0 obj << /Type /Catalog'), 'failed', /not a valid PDF/],
    ['scan.pdf', makePdf([]), 'failed', /no text layer/],
    ['broken.docx', utf8('PK\u0003\u0004 truncated archive'), 'failed', /not a valid DOCX/],
    ['renamed.docx', utf8('just some text'), 'failed', /not a valid DOCX/],
    [
      'locked.docx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'failed',
      /password-protected/,
    ],
    ['archive.zip', utf8('PK'), 'skipped', /unsupported file type \(\.zip\)/],
    ['README', utf8('hello'), 'skipped', /no extension/],
    ['.hidden.txt', utf8('hello'), 'skipped', /hidden/],
    ['sub/.git/config.txt', utf8('hello'), 'skipped', /hidden/],
    ['Thumbs.db', utf8('x'), 'skipped', /system file/],
    ['~$draft.docx', utf8('x'), 'skipped', /lock file/],
  ])('%s → %s', async (file, bytes, status, reason) => {
    const report = await parseFile(file, bytes);
    expect(report.status).toBe(status);
    expect(report.reason).toMatch(reason);
  });

  it('refuses a file over the size limit without parsing it', async () => {
    const huge = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1);
    const report = await parseFile('huge.txt', huge);
    expect(report).toMatchObject({ status: 'failed', article: null });
    expect(report.reason).toMatch(/too large \(50\.0 MB; the limit is 50\.0 MB\)/);
  });

  it('keeps a page of pure boilerplate but says no article was found', async () => {
    const report = await parseFile(
      'menu.txt',
      utf8('facebook\ntwitter\nsearch\nLatest news\nA+\nA-'),
    );
    expect(report.status).toBe('failed');
    expect(report.reason).toMatch(/no article text/);
    expect(report.article?.original).toContain('facebook');
  });
});
