/** HTML for the items that quote or cite an article, and for the analyst's own paragraphs. */
import { escapeHtml } from '../text/html-escape';
import { QUOTE_COLOR, excerptColor, safeColor, verdictColor } from './colors';
import { citationText, itemPassage, outletName, passageText } from './model';
import type {
  BriefingCitation,
  BriefingExcerpt,
  BriefingItem,
  BriefingQuote,
  BriefingText,
  CitedSource,
} from './types';

export interface ItemContext {
  /** Global item number, also the anchor: #item-N. */
  number: number;
  sourceNumber: (source: CitedSource) => number;
}

const num = (n: number): string => `<span class="num">${n}.</span>`;

export function commentaryHtml(commentary: string): string {
  const text = commentary.trim();
  return text
    ? `<div class="commentary"><span class="label">Commentary</span>${escapeHtml(text)}</div>`
    : '';
}

function citeHtml(item: BriefingItem, source: CitedSource, ctx: ItemContext): string {
  const where = passageText(itemPassage(item));
  const n = ctx.sourceNumber(source);
  return `<p class="cite"><a href="#source-${n}">Source [${n}]</a>: ${escapeHtml(citationText(source))}.${where ? ` Passage at ${escapeHtml(where)}.` : ''}</p>`;
}

function tagsHtml(item: BriefingExcerpt): string {
  return item.tags
    .map((tag) => {
      const color = safeColor(tag.color);
      return `<span class="tag" style="border-color:${color}"><span class="dot" style="background:${color}"></span>${escapeHtml(tag.name)}</span>`;
    })
    .join('');
}

function claimPill(item: BriefingExcerpt): string {
  if (item.kind !== 'claim' || !item.claim) return '';
  return `<span class="pill" style="background:${verdictColor(item.claim.status)}">Claim · ${escapeHtml(item.claim.status)}</span>`;
}

function excerptHtml(item: BriefingExcerpt, ctx: ItemContext): string {
  const kind = item.kind === 'memo' ? '<span class="pill outline">Memo</span>' : '';
  const badges = `${claimPill(item)}${kind}${tagsHtml(item)}`;
  const evidence =
    item.kind === 'claim' && item.claim?.evidence.trim()
      ? `<p class="evidence">Evidence: ${escapeHtml(item.claim.evidence.trim())}</p>`
      : '';
  const memo = item.note.trim() ? `<p class="memo">Memo: ${escapeHtml(item.note.trim())}</p>` : '';
  return `<article class="item excerpt keep" id="item-${ctx.number}">
<h3>${num(ctx.number)}${escapeHtml(outletName(item.source))}: ${escapeHtml(item.source.title)}</h3>
${badges ? `<div class="badges">${badges}</div>` : ''}
<blockquote style="border-left-color:${excerptColor(item)}">${escapeHtml(item.exact)}</blockquote>
${evidence}${memo}${commentaryHtml(item.commentary)}${citeHtml(item, item.source, ctx)}
</article>`;
}

function quoteHtml(item: BriefingQuote, ctx: ItemContext): string {
  const speaker = item.speaker?.trim() || 'Unattributed';
  const direct = item.kind === 'direct';
  const pill = direct
    ? `<span class="pill" style="background:${QUOTE_COLOR}">Direct quote</span>`
    : '<span class="pill outline">Reported speech</span>';
  const text = direct ? `“${item.text}”` : item.text;
  return `<article class="item quote ${item.kind} keep" id="item-${ctx.number}">
<h3>${num(ctx.number)}${escapeHtml(speaker)} <span class="muted">in ${escapeHtml(outletName(item.source))}</span>${pill}</h3>
<blockquote style="border-left-color:${direct ? QUOTE_COLOR : '#9aa1ad'}">${escapeHtml(text)}</blockquote>
${commentaryHtml(item.commentary)}${citeHtml(item, item.source, ctx)}
</article>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

function textHtml(item: BriefingText, ctx: ItemContext): string {
  const heading = item.heading?.trim()
    ? `<h3>${num(ctx.number)}${escapeHtml(item.heading.trim())}</h3>`
    : '';
  return `<div class="item text prose${heading ? ' headed' : ''}" id="item-${ctx.number}">${heading}${paragraphs(item.body)}${commentaryHtml(item.commentary)}</div>`;
}

function citationHtml(item: BriefingCitation, ctx: ItemContext): string {
  const url = item.source.url ? `<p class="cite">URL: ${escapeHtml(item.source.url)}</p>` : '';
  return `<article class="item citation keep" id="item-${ctx.number}">
<h3>${num(ctx.number)}${escapeHtml(outletName(item.source))}: ${escapeHtml(item.source.title)}</h3>
${commentaryHtml(item.commentary)}${citeHtml(item, item.source, ctx)}${url}
</article>`;
}

export const ITEM_HTML = {
  excerpt: excerptHtml,
  quote: quoteHtml,
  text: textHtml,
  citation: citationHtml,
};
