/** Bulk actions on library selections: code, move to a story, delete. Each returns how to undo it. */
import { deleteArticle, restoreArticle, type ArticleSnapshot } from './articles';
import { db } from './database';
import { moveArticlesToStory } from './stories';

export interface Undoable {
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export async function tagArticles(articleIds: string[], tagId: string): Promise<Undoable> {
  const before = new Map(
    (await db.articles.bulkGet(articleIds)).flatMap((a) =>
      a ? [[a.id, a.tagIds ?? []] as const] : [],
    ),
  );
  const apply = () =>
    db.articles
      .where('id')
      .anyOf(articleIds)
      .modify((a) => {
        a.tagIds = [...new Set([...(a.tagIds ?? []), tagId])];
      });
  await apply();
  return {
    undo: async () => {
      await db.transaction('rw', db.articles, async () => {
        for (const [id, tagIds] of before) await db.articles.update(id, { tagIds });
      });
    },
    redo: async () => void (await apply()),
  };
}

export async function moveToStory(articleIds: string[], storyId: string): Promise<Undoable> {
  const before = (await db.articles.bulkGet(articleIds)).flatMap((a) =>
    a ? [{ id: a.id, storyId: a.storyId ?? null, storyPinned: a.storyPinned ?? false }] : [],
  );
  await moveArticlesToStory(articleIds, storyId);
  return {
    undo: async () => {
      await db.transaction('rw', db.articles, async () => {
        for (const row of before)
          await db.articles.update(row.id, { storyId: row.storyId, storyPinned: row.storyPinned });
      });
    },
    redo: async () => void (await moveArticlesToStory(articleIds, storyId)),
  };
}

export async function deleteArticles(articleIds: string[]): Promise<Undoable> {
  const snapshots: ArticleSnapshot[] = [];
  for (const id of articleIds) snapshots.push(await deleteArticle(id));
  return {
    undo: async () => {
      for (const snapshot of snapshots) await restoreArticle(snapshot);
    },
    redo: async () => {
      for (const id of articleIds) await deleteArticle(id);
    },
  };
}
