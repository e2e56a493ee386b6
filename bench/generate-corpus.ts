/**
 * Writes the benchmark corpus: N article files of about 5 KB in the style of saved pages,
 * mixed formats (.txt ~60%, .html ~20%, .md ~15%, .mhtml/.pdf/.docx the rest), with a few
 * syndicated copies so duplicate detection has work to do.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  makeDocx,
  makeMhtml,
  makePdf,
} from '../src/main/services/import/__fixtures__/binary-fixtures';
import {
  bottomChrome,
  createRng,
  makeArticle,
  makeOutlets,
  makeStory,
  topChrome,
  type ArticleText,
  type Rng,
} from './corpus-text';

export type BenchFormat = 'txt' | 'html' | 'md' | 'mhtml' | 'pdf' | 'docx';

export interface CorpusSummary {
  folder: string;
  files: number;
  bytes: number;
  byFormat: Record<BenchFormat, number>;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function asText(rng: Rng, article: ArticleText): string {
  return [
    ...topChrome(rng, article),
    '',
    article.headline,
    '',
    `${article.printed} ${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    '',
    article.paragraphs.join('\n\n'),
    '',
    ...bottomChrome(rng, article),
  ].join('\n');
}

function asHtml(rng: Rng, article: ArticleText): string {
  const related = bottomChrome(rng, article).slice(10, 14);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(article.headline)} | ${escapeHtml(article.outlet)}</title>
<meta property="og:title" content="${escapeHtml(article.headline)}">
<meta property="og:site_name" content="${escapeHtml(article.outlet)}">
<meta property="article:published_time" content="${article.iso}T08:00:00Z">
<meta name="author" content="${escapeHtml(article.author)}">
<link rel="canonical" href="https://${article.domain}/news/${rng.int(10000, 99999)}">
<style>body{font-family:serif}.nav a{margin:0 4px}</style>
<script>window.dataLayer=[];function track(){return 1}</script>
</head><body>
<nav class="nav"><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><button>Search</button></nav>
<main><article>
<h1>${escapeHtml(article.headline)}</h1>
<p class="byline">By ${escapeHtml(article.author)} · ${article.printed}</p>
${article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article></main>
<aside><h3>Most popular</h3><ul>${related.map((r) => `<li><a href="/x">${escapeHtml(r)}</a></li>`).join('')}</ul></aside>
<footer>© 2026 ${escapeHtml(article.outlet)}. Cookie settings. Privacy policy.</footer>
</body></html>
`;
}

function asMarkdown(_rng: Rng, article: ArticleText): string {
  return [
    `# ${article.headline}`,
    `*${article.outlet} · ${article.printed} · by ${article.author}*`,
    ...article.paragraphs,
    '---',
    'Share: [Email](mailto:) · [Print](#)',
    `${article.outlet} is an independent newsroom. Sign up for our newsletter.`,
  ].join('\n\n');
}

/** Wraps text at about 90 characters, as PDF lines are. */
const wrap = (text: string): string[] =>
  text.match(/.{1,90}(?:\s|$)/g)?.map((l) => l.trim()) ?? [text];

function render(format: BenchFormat, rng: Rng, article: ArticleText): Uint8Array | string {
  switch (format) {
    case 'txt':
      return asText(rng, article);
    case 'html':
      return asHtml(rng, article);
    case 'md':
      return asMarkdown(rng, article);
    case 'mhtml':
      return makeMhtml(asHtml(rng, article), `https://${article.domain}/news/${rng.int(1, 9999)}`);
    case 'pdf':
      return makePdf(
        [
          [article.headline],
          [`By ${article.author}, ${article.printed}`],
          ...article.paragraphs.map(wrap),
        ],
        { title: article.headline, author: article.author },
      );
    case 'docx':
      return makeDocx([article.headline, `By ${article.author}`, ...article.paragraphs]);
  }
}

function formatFor(index: number, rng: Rng): BenchFormat {
  const roll = rng.next();
  if (index < 6) return (['txt', 'html', 'md', 'mhtml', 'pdf', 'docx'] as const)[index]!;
  if (roll < 0.6) return 'txt';
  if (roll < 0.8) return 'html';
  if (roll < 0.95) return 'md';
  if (roll < 0.97) return 'mhtml';
  return roll < 0.985 ? 'pdf' : 'docx';
}

export async function generateCorpus(
  folder: string,
  count: number,
  seed = 20260316,
): Promise<CorpusSummary> {
  const rng = createRng(seed);
  const outlets = makeOutlets(rng, 60);
  const byFormat: Record<BenchFormat, number> = {
    txt: 0,
    html: 0,
    md: 0,
    mhtml: 0,
    pdf: 0,
    docx: 0,
  };
  let bytes = 0;
  let story = makeStory(rng);
  let previous: ArticleText | null = null;
  // 100 files per subfolder, as analysts' exports are often split by day or source.
  for (let i = 0; i < count; i++) {
    if (i % 6 === 0) story = makeStory(rng);
    const outlet = rng.pick(outlets);
    // About 3% are another outlet's syndicated copy of the previous article.
    const article: ArticleText =
      previous && rng.next() < 0.03
        ? { ...previous, outlet: outlet.name, domain: outlet.domain }
        : makeArticle(rng, story, outlet);
    previous = article;
    const format = formatFor(i, rng);
    const content = render(format, rng, article);
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const dir = path.join(folder, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, `${String(i).padStart(5, '0')}-${outlet.domain.split('.')[0]}.${format}`),
      data,
    );
    byFormat[format]++;
    bytes += data.length;
  }
  return { folder, files: count, bytes, byFormat };
}
