/**
 * Renders a briefing as one self-contained HTML document for Chromium's PDF printing (and for
 * the HTML export): a cover, contents with anchors, numbered sections of items with full
 * citations, and an appendix of sources. Every piece of user or article text is escaped.
 */
import { escapeHtml } from '../text/html-escape';
import { ITEM_HTML, type ItemContext } from './html-items';
import { tableHtml } from './html-table';
import {
  briefingSections,
  citationText,
  collectSources,
  itemCounts,
  itemLabel,
  itemSources,
  listedInContents,
  outletName,
  plural,
  type SourceRegistry,
} from './model';
import { BRIEFING_CSS } from './styles';
import { timelineHtml } from './timeline-svg';
import type { BriefingDocument, BriefingItem, BriefingSection, CitedSource } from './types';

function itemHtml(item: BriefingItem, ctx: ItemContext): string {
  switch (item.type) {
    case 'table':
      return tableHtml(item, ctx);
    case 'timeline':
      return timelineHtml(item, ctx);
    case 'quote':
      return ITEM_HTML.quote(item, ctx);
    case 'text':
      return ITEM_HTML.text(item, ctx);
    case 'citation':
      return ITEM_HTML.citation(item, ctx);
    default:
      return ITEM_HTML.excerpt(item, ctx);
  }
}

/** Global item numbers, section by section, so anchors never depend on pages. */
function numbered(sections: BriefingSection[]): { item: BriefingItem; number: number }[][] {
  let n = 0;
  return sections.map((section) => section.items.map((item) => ({ item, number: ++n })));
}

function contentsHtml(sections: BriefingSection[], numbers: ReturnType<typeof numbered>): string {
  const entries = sections.map((section, s) => {
    const items = (numbers[s] ?? [])
      .filter(({ item }) => listedInContents(item, section))
      .map(
        ({ item, number }) =>
          `<li><a href="#item-${number}"><span class="n">${number}.</span>${escapeHtml(itemLabel(item))}</a></li>`,
      )
      .join('');
    return `<li><a href="#section-${s + 1}"><span class="n">${s + 1}.</span>${escapeHtml(section.title)}</a>${items ? `<ol>${items}</ol>` : ''}</li>`;
  });
  entries.push(`<li><a href="#sources"><span class="n"></span>Sources</a></li>`);
  return `<nav class="contents" id="contents"><h2>Contents</h2><ol>${entries.join('')}</ol></nav>`;
}

function sourceHtml(source: CitedSource, n: number, citedBy: number[]): string {
  const url = source.url ? `<br>URL: ${escapeHtml(source.url)}` : '';
  const cited = citedBy.length
    ? `<br>Cited in ${citedBy.map((i) => `<a href="#item-${i}">${i}</a>`).join(', ')}`
    : '';
  return `<li id="source-${n}"><span class="n">[${n}]</span> ${escapeHtml(citationText(source))}<br>
File: ${escapeHtml(source.sourcePath)}${url}${cited}<br>
<span class="hash">SHA-256 ${escapeHtml(source.contentHash)}</span></li>`;
}

function appendixHtml(registry: SourceRegistry, numbers: ReturnType<typeof numbered>): string {
  const citedBy = new Map<number, number[]>();
  for (const { item, number } of numbers.flat()) {
    for (const source of itemSources(item)) {
      const n = registry.numberOf(source);
      citedBy.set(n, [...(citedBy.get(n) ?? []), number]);
    }
  }
  const list = registry.sources
    .map((source, i) => sourceHtml(source, i + 1, citedBy.get(i + 1) ?? []))
    .join('');
  return `<section class="appendix" id="sources"><h2>Sources</h2>${list ? `<ol class="sources">${list}</ol>` : '<p>No articles cited.</p>'}</section>`;
}

function coverHtml(
  briefing: BriefingDocument,
  sections: BriefingSection[],
  registry: SourceRegistry,
): string {
  const outlets = [...new Set(registry.sources.map(outletName))];
  const counts = itemCounts(sections) || 'No items yet';
  const from = registry.sources.length
    ? ` from ${plural(registry.sources.length, 'source')} (${outlets.join(', ')})`
    : '';
  return `<section class="cover">
<p class="kicker">Briefing</p>
<h1>${escapeHtml(briefing.title)}</h1>
<hr class="rule">
<p class="meta">${escapeHtml(briefing.author || 'Parallax user')} · ${escapeHtml(briefing.date)}</p>
${briefing.summary.trim() ? `<p class="summary">${escapeHtml(briefing.summary.trim())}</p>` : ''}
<p class="meta">${escapeHtml(counts + from)}</p>
</section>`;
}

export function renderBriefingHtml(briefing: BriefingDocument): string {
  const sections = briefingSections(briefing);
  const registry = collectSources(sections);
  const numbers = numbered(sections);
  const ctx = (number: number): ItemContext => ({ number, sourceNumber: registry.numberOf });
  const body = sections
    .map((section, s) => {
      const intro = section.intro?.trim()
        ? `<p class="intro">${escapeHtml(section.intro.trim())}</p>`
        : '';
      const items = (numbers[s] ?? [])
        .map(({ item, number }) => itemHtml(item, ctx(number)))
        .join('\n');
      return `<section class="section${section.newPage === false ? ' continued' : ''}" id="section-${s + 1}"><h2><span class="n">${s + 1}</span>${escapeHtml(section.title)}</h2>${intro}${items || '<p>No items yet.</p>'}</section>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(briefing.title)}</title>
<style>${BRIEFING_CSS}</style></head>
<body>
${coverHtml(briefing, sections, registry)}
${contentsHtml(sections, numbers)}
${body}
${appendixHtml(registry, numbers)}
</body></html>`;
}
