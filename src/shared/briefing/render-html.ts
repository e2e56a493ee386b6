/**
 * Renders a briefing as one self-contained HTML document for Chromium's PDF printing:
 * a cover, a list of contents, excerpts in their code colours with full citations, and an
 * appendix of sources. Every piece of user or article text is escaped.
 */
import { escapeHtml } from '../text/html-escape';
import type { BriefingDocument, BriefingExcerpt, CitedSource } from './types';
import { BRIEFING_CSS } from './styles';

const safeColor = (color: string): string =>
  /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : '#888888';

function citationLine(source: CitedSource): string {
  const parts = [
    source.outlet ?? 'Unknown outlet',
    `“${source.title}”`,
    source.published ?? 'undated',
    source.author ? `by ${source.author}` : null,
  ].filter(Boolean);
  return escapeHtml(parts.join(', '));
}

function sourceKey(source: CitedSource): string {
  return source.contentHash;
}

const VERDICT_COLORS: Record<string, string> = {
  unverified: '#7a7f89',
  supported: '#1b8a4b',
  disputed: '#c77700',
  false: '#c62828',
};

function excerptColor(item: BriefingExcerpt): string {
  if (item.kind === 'claim' && item.claim) return VERDICT_COLORS[item.claim.status] ?? '#7a7f89';
  if (item.kind === 'memo') return '#8c6bb1';
  return safeColor(item.tags[0]?.color ?? '#888888');
}

function renderClaim(item: BriefingExcerpt): string {
  if (item.kind !== 'claim' || !item.claim) return '';
  const color = VERDICT_COLORS[item.claim.status] ?? '#7a7f89';
  const evidence = item.claim.evidence.trim()
    ? ` <span class="evidence">Evidence: ${escapeHtml(item.claim.evidence.trim())}</span>`
    : '';
  return `<p class="claim"><span class="verdict" style="background:${color}">Claim · ${escapeHtml(item.claim.status)}</span>${evidence}</p>`;
}

function renderExcerpt(item: BriefingExcerpt, index: number, sourceNumber: number): string {
  const color = excerptColor(item);
  const tags = item.tags
    .map(
      (tag) =>
        `<span class="tag" style="border-color:${safeColor(tag.color)}"><span class="dot" style="background:${safeColor(tag.color)}"></span>${escapeHtml(tag.name)}</span>`,
    )
    .join(' ');
  const commentary = item.commentary.trim()
    ? `<p class="commentary">${escapeHtml(item.commentary.trim())}</p>`
    : '';
  const memo = item.note.trim() ? `<p class="memo">Memo: ${escapeHtml(item.note.trim())}</p>` : '';
  return `
  <section class="item" id="item-${index + 1}">
    <h3><span class="num">${index + 1}.</span> ${escapeHtml(item.source.outlet ?? 'Unknown outlet')}: ${escapeHtml(item.source.title)}</h3>
    <div class="tags">${tags}</div>
    ${renderClaim(item)}
    <blockquote style="border-left-color:${color}">${escapeHtml(item.exact)}</blockquote>
    ${memo}
    ${commentary}
    <p class="cite">Source [${sourceNumber}]: ${citationLine(item.source)}. Passage at characters ${item.start}–${item.end} of the clean text.</p>
  </section>`;
}

function renderSource(source: CitedSource, number: number): string {
  const url = source.url ? `<br>URL: ${escapeHtml(source.url)}` : '';
  return `<li id="source-${number}"><strong>[${number}]</strong> ${citationLine(source)}<br>
    File: ${escapeHtml(source.sourcePath)}${url}<br>
    <span class="hash">SHA-256 ${escapeHtml(source.contentHash)}</span></li>`;
}

export function renderBriefingHtml(briefing: BriefingDocument): string {
  const sources: CitedSource[] = [];
  const sourceNumbers = new Map<string, number>();
  for (const item of briefing.items) {
    const key = sourceKey(item.source);
    if (!sourceNumbers.has(key)) {
      sources.push(item.source);
      sourceNumbers.set(key, sources.length);
    }
  }
  const outlets = new Set(sources.map((s) => s.outlet ?? 'Unknown outlet'));
  const contents = briefing.items
    .map(
      (item, i) =>
        `<li><a href="#item-${i + 1}">${escapeHtml(item.source.outlet ?? 'Unknown outlet')}: ${escapeHtml(item.exact.slice(0, 90))}${item.exact.length > 90 ? '…' : ''}</a></li>`,
    )
    .join('');
  const items = briefing.items
    .map((item, i) => renderExcerpt(item, i, sourceNumbers.get(sourceKey(item.source)) ?? 0))
    .join('');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(briefing.title)}</title>
<style>${BRIEFING_CSS}</style></head>
<body>
  <section class="cover">
    <p class="kicker">Briefing</p>
    <h1>${escapeHtml(briefing.title)}</h1>
    <p class="meta">${escapeHtml(briefing.author || 'Parallax user')} · ${escapeHtml(briefing.date)}</p>
    ${briefing.summary.trim() ? `<p class="summary">${escapeHtml(briefing.summary.trim())}</p>` : ''}
    <p class="meta">${briefing.items.length} excerpt${briefing.items.length === 1 ? '' : 's'} from ${sources.length} source${sources.length === 1 ? '' : 's'} (${escapeHtml([...outlets].join(', '))})</p>
  </section>
  <section class="contents"><h2>Contents</h2><ol>${contents}</ol></section>
  <section class="excerpts"><h2>Excerpts</h2>${items || '<p>No excerpts yet.</p>'}</section>
  <section class="appendix"><h2>Sources</h2><ol class="sources">${sources.map((s, i) => renderSource(s, i + 1)).join('')}</ol></section>
</body></html>`;
}
