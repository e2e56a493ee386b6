/** User corrections of article metadata: recorded as the user's, and kept across re-imports. */
import type { ArticleMetadata, MetadataField } from '../../../shared/domain';
import { db } from './database';

export type MetadataKey = keyof ArticleMetadata;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validate(key: MetadataKey, value: string | null): string | null {
  const clean = value?.trim() ?? '';
  if (key === 'title' && !clean) throw new Error('An article needs a title.');
  if (key === 'published' && clean && (!DATE.test(clean) || Number.isNaN(Date.parse(clean)))) {
    throw new Error(`“${clean}” is not a date like 2026-03-14.`);
  }
  if (key === 'url' && clean && !/^https?:\/\/\S+$/.test(clean))
    throw new Error(`“${clean}” is not a web address.`);
  return clean || null;
}

/** Sets one field as the user's value; returns the field it replaced, for undo. */
export async function correctMetadata(
  articleId: string,
  key: MetadataKey,
  value: string | null,
): Promise<MetadataField<string | null>> {
  const clean = validate(key, value);
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new Error('That article no longer exists.');
    const previous = article.metadata[key] as MetadataField<string | null>;
    await restoreMetadata(articleId, key, { value: clean, source: 'user', guessed: false });
    return previous;
  });
}

/** Puts a field back exactly as it was (undo), or sets it with its provenance. */
export async function restoreMetadata(
  articleId: string,
  key: MetadataKey,
  field: MetadataField<string | null>,
): Promise<void> {
  await db.articles
    .where('id')
    .equals(articleId)
    .modify((article) => {
      (article.metadata as unknown as Record<string, MetadataField<string | null>>)[key] = field;
      (article as unknown as Record<string, unknown>)[key] =
        key === 'title' ? (field.value ?? '') : field.value;
    });
}

/**
 * Metadata for a re-imported file: the new file's values, except fields the user corrected,
 * which keep the user's value.
 */
export function mergeCorrections(
  fresh: ArticleMetadata,
  previous: ArticleMetadata,
): ArticleMetadata {
  const merged = { ...fresh };
  for (const key of Object.keys(previous) as MetadataKey[]) {
    if (previous[key].source === 'user') (merged as Record<string, unknown>)[key] = previous[key];
  }
  return merged;
}
