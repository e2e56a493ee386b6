import { detect } from 'tinyld';
import type { MetadataField } from '../domain';
import type { StatedValue } from './page-context';
import { countWordsUpTo } from './text-units';

/** Too little text makes statistical language detection unreliable. */
const MIN_WORDS_FOR_DETECTION = 5;

export function detectLanguage(body: string, stated?: StatedValue): MetadataField<string | null> {
  const statedCode = stated
    ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(stated.value.trim())?.[1]?.toLowerCase()
    : undefined;
  if (stated && statedCode) return { value: statedCode, source: stated.source, guessed: false };
  const words = countWordsUpTo(body, 30);
  if (words < MIN_WORDS_FOR_DETECTION) return { value: null, source: 'none', guessed: false };
  // A few thousand characters decide the language as well as the whole text, at a fraction of the cost.
  const code = detect(body.slice(0, 4_000));
  if (!code) return { value: null, source: 'none', guessed: false };
  return { value: code, source: 'text:language-detector', guessed: words < 30 };
}
