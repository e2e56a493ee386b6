/** Annotation edits as undoable commands. */
import { history } from '../../app/history';
import {
  addAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
  type AnnotationChanges,
  type NewAnnotation,
} from '../../db/annotations';
import type { HighlightRow } from '../../db/schema';

const LABELS = { coded: 'highlight', claim: 'claim', memo: 'memo' } as const;

export async function annotate(input: NewAnnotation): Promise<HighlightRow> {
  const annotation = await addAnnotation(input);
  let snapshot: Awaited<ReturnType<typeof deleteAnnotation>> = null;
  history.record({
    label: `add ${LABELS[input.kind]}`,
    undo: async () => {
      snapshot = await deleteAnnotation(annotation.id);
    },
    redo: async () => {
      if (snapshot) await restoreAnnotation(snapshot);
    },
  });
  return annotation;
}

export async function editAnnotation(id: string, changes: AnnotationChanges): Promise<void> {
  const previous = await updateAnnotation(id, changes);
  history.record({
    label: 'edit annotation',
    undo: async () => void (await updateAnnotation(id, previous)),
    redo: async () => void (await updateAnnotation(id, changes)),
  });
}

export async function removeAnnotation(id: string): Promise<void> {
  const snapshot = await deleteAnnotation(id);
  if (!snapshot) return;
  history.record({
    label: `delete ${LABELS[snapshot.annotation.kind]}`,
    undo: () => restoreAnnotation(snapshot),
    redo: async () => void (await deleteAnnotation(id)),
  });
}
