/** Colours the exporters share: claim-status pills, memo purple, and a guard for tag colours. */
import type { BriefingExcerpt, ClaimVerdict } from './types';

export const VERDICT_COLORS: Record<ClaimVerdict, string> = {
  unverified: '#6b7280',
  supported: '#1b7f45',
  disputed: '#b45f06',
  false: '#b42318',
};

export const MEMO_COLOR = '#7b5ea7';
export const QUOTE_COLOR = '#2f5bd3';
export const NEUTRAL_COLOR = '#888888';

/** Only #rgb … #rrggbbaa passes; anything else (a CSS injection attempt, a name) is grey. */
export const safeColor = (color: string | undefined): string =>
  color && /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : NEUTRAL_COLOR;

export function verdictColor(status: string): string {
  return VERDICT_COLORS[status as ClaimVerdict] ?? VERDICT_COLORS.unverified;
}

/** The bar colour beside an excerpt: its verdict, the memo colour, or its first code's colour. */
export function excerptColor(item: BriefingExcerpt): string {
  if (item.kind === 'claim' && item.claim) return verdictColor(item.claim.status);
  if (item.kind === 'memo') return MEMO_COLOR;
  return safeColor(item.tags[0]?.color);
}

/** "#abc" → "aabbcc" for formats that want six hex digits (DOCX). */
export function hex6(color: string): string {
  const safe = safeColor(color).slice(1);
  if (safe.length === 3 || safe.length === 4)
    return safe
      .slice(0, 3)
      .split('')
      .map((c) => c + c)
      .join('');
  return safe.slice(0, 6);
}
