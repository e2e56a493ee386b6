/** HTML tables: a caption kept with its table, a header row repeated on every page, rows never split. */
import { escapeHtml } from '../text/html-escape';
import { commentaryHtml, type ItemContext } from './html-items';
import { outletName } from './model';
import type { BriefingTable } from './types';

const SHORT_TABLE_ROWS = 12;

const cellText = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

function cell(text: string, tag: 'td' | 'th', scope?: 'row' | 'col'): string {
  const empty = tag === 'td' && (text.trim() === '' || text.trim() === '—');
  const cls = empty ? ' class="empty"' : '';
  const scopeAttr = scope ? ` scope="${scope}"` : '';
  return `<${tag}${scopeAttr}${cls}>${empty ? '—' : cellText(text)}</${tag}>`;
}

export function tableHtml(item: BriefingTable, ctx: ItemContext): string {
  const rowHeaders = item.rowHeaders ?? true;
  const head = item.header.length
    ? `<thead><tr>${item.header.map((h) => cell(h, 'th', 'col')).join('')}</tr></thead>`
    : '';
  const body = item.rows
    .map(
      (row) =>
        `<tr>${row.map((c, i) => (i === 0 && rowHeaders ? cell(c, 'th', 'row') : cell(c, 'td'))).join('')}</tr>`,
    )
    .join('');
  const caption = item.caption.trim()
    ? `<figcaption><span class="num">${ctx.number}.</span>${escapeHtml(item.caption.trim())}</figcaption>`
    : '';
  const sources = (item.sources ?? [])
    .map((s) => {
      const n = ctx.sourceNumber(s);
      return `<a href="#source-${n}">[${n}]</a> ${escapeHtml(outletName(s))}`;
    })
    .join(', ');
  const cite = sources ? `<p class="cite">Sources: ${sources}.</p>` : '';
  // A short table moves whole to the next page rather than leave a row or two behind.
  const keep = item.rows.length <= SHORT_TABLE_ROWS ? ' keep' : '';
  return `<figure class="item table-item${keep}" id="item-${ctx.number}">${caption}<table>${head}<tbody>${body}</tbody></table>${cite}${commentaryHtml(item.commentary)}</figure>`;
}
