import type { MetadataField } from '../domain';
import type { PageContext, StatedValue } from './page-context';

const URL_LINE =
  /^(?:(?:url|source|link|original|источник|quelle)\s*:\s*)?(https?:\/\/[^\s<>"']+)$/iu;

/** A stated URL, or a line outside the article that is just a URL (saved-page headers). */
export function detectUrl(
  context: PageContext,
  stated?: StatedValue,
): MetadataField<string | null> {
  if (stated) return { value: stated.value, source: stated.source, guessed: false };
  for (const unit of context.units) {
    if (context.bodyUnits.has(unit.index)) continue;
    const match = URL_LINE.exec(unit.text);
    if (match) return { value: match[1]!, source: 'text:url-line', guessed: false };
  }
  return { value: null, source: 'none', guessed: false };
}
