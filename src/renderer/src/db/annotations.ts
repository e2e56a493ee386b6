/** Annotations on passages (coded highlights, claims, memos), anchored by W3C text selectors. */
import { createTextTarget } from '../../../shared/annotations/text-quote';
import { db } from './database';
import type { AnnotationKind, BriefingItemRow, ClaimDetails, HighlightRow } from './schema';

export interface NewAnnotation {
  articleId: string;
  body: string;
  start: number;
  end: number;
  kind: AnnotationKind;
  tagIds: string[];
  claim?: ClaimDetails | null;
  note?: string;
}

export async function addAnnotation(input: NewAnnotation): Promise<HighlightRow> {
  if (input.kind === 'claim' && !input.claim)
    throw new Error('A claim needs a verification status.');
  const annotation: HighlightRow = {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    tagIds: [...new Set(input.tagIds)],
    target: createTextTarget(input.body, input.start, input.end),
    note: input.note ?? '',
    createdAt: Date.now(),
    kind: input.kind,
    claim: input.kind === 'claim' ? (input.claim ?? null) : null,
  };
  await db.highlights.add(annotation);
  return annotation;
}

export type AnnotationChanges = Partial<Pick<HighlightRow, 'tagIds' | 'claim' | 'note'>>;

/** Applies changes and returns the values they replaced, for undo. */
export async function updateAnnotation(
  id: string,
  changes: AnnotationChanges,
): Promise<AnnotationChanges> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (!current) throw new Error('That annotation no longer exists.');
    const previous: AnnotationChanges = {};
    for (const key of Object.keys(changes) as (keyof AnnotationChanges)[]) {
      (previous as Record<string, unknown>)[key] = current[key];
    }
    await db.highlights.update(id, changes);
    return previous;
  });
}

/** Everything a deletion removes, so it can be put back exactly. */
export interface AnnotationSnapshot {
  annotation: HighlightRow;
  briefingItems: BriefingItemRow[];
}

export async function deleteAnnotation(id: string): Promise<AnnotationSnapshot | null> {
  return db.transaction('rw', db.highlights, db.briefingItems, async () => {
    const annotation = await db.highlights.get(id);
    if (!annotation) return null;
    const briefingItems = await db.briefingItems.where('highlightId').equals(id).toArray();
    await db.briefingItems.bulkDelete(briefingItems.map((item) => item.id));
    await db.highlights.delete(id);
    return { annotation, briefingItems };
  });
}

export async function restoreAnnotation(snapshot: AnnotationSnapshot): Promise<void> {
  await db.transaction('rw', db.highlights, db.briefingItems, async () => {
    await db.highlights.put(snapshot.annotation);
    await db.briefingItems.bulkPut(snapshot.briefingItems);
  });
}
