/**
 * Stories: grouped automatically, corrected by the user. A user's decision (an article moved,
 * a story renamed) is pinned, so regrouping never undoes it.
 */
import { groupStories, type StoryInput } from '../../../shared/stories';
import { db, type ParallaxDatabase } from './database';
import type { ArticleRow, StoryRow } from './schema';

function summarize(
  id: string,
  label: string,
  labelByUser: boolean,
  members: ArticleRow[],
): StoryRow {
  const dates = members
    .map((m) => m.published)
    .filter((d): d is string => Boolean(d))
    .sort();
  return {
    id,
    label,
    labelByUser,
    articleCount: members.length,
    outletCount: new Set(members.map((m) => m.outlet ?? `unknown:${m.id}`)).size,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
  };
}

/** Groups the whole library into stories and stores the result. Runs in a worker: it reads every body. */
export async function regroupLibrary(
  database: ParallaxDatabase = db,
): Promise<{ stories: number; articles: number }> {
  const articles = await database.articles.toArray();
  const bodies = new Map((await database.bodies.toArray()).map((b) => [b.articleId, b.body]));
  const inputs: StoryInput[] = articles.map((a) => ({
    id: a.id,
    title: a.title,
    body: bodies.get(a.id) ?? '',
    outlet: a.outlet,
    published: a.published,
  }));
  const pinned = articles
    .filter((a) => a.storyPinned && a.storyId)
    .map((a) => ({ articleId: a.id, storyId: a.storyId! }));
  const groups = groupStories(inputs, { pinned });

  return database.transaction('rw', database.articles, database.stories, async () => {
    const previous = new Map((await database.stories.toArray()).map((s) => [s.id, s]));
    const byId = new Map(articles.map((a) => [a.id, a]));
    const stories: StoryRow[] = [];
    for (const group of groups) {
      const members = group.memberIds
        .map((id) => byId.get(id))
        .filter((a): a is ArticleRow => Boolean(a));
      const old = previous.get(group.id);
      stories.push(
        summarize(
          group.id,
          old?.labelByUser ? old.label : group.label,
          old?.labelByUser ?? false,
          members,
        ),
      );
      await database.articles.where('id').anyOf(group.memberIds).modify({ storyId: group.id });
    }
    await database.stories.clear();
    await database.stories.bulkPut(stories);
    return { stories: stories.length, articles: articles.length };
  });
}

async function refreshSummary(storyId: string): Promise<void> {
  const members = await db.articles.where('storyId').equals(storyId).toArray();
  const story = await db.stories.get(storyId);
  if (!members.length) {
    await db.stories.delete(storyId);
    return;
  }
  await db.stories.put(
    summarize(storyId, story?.label ?? members[0]!.title, story?.labelByUser ?? false, members),
  );
}

export async function renameStory(id: string, label: string): Promise<void> {
  const clean = label.trim();
  if (!clean) throw new Error('A story needs a name.');
  await db.stories.update(id, { label: clean, labelByUser: true });
}

/** Moves articles into a story (a new one when storyId is null), pinning them there. Returns the story id. */
export async function moveArticlesToStory(
  articleIds: string[],
  storyId: string | null,
  newLabel?: string,
): Promise<string> {
  return db.transaction('rw', db.articles, db.stories, async () => {
    const target = storyId ?? crypto.randomUUID();
    const moving = (await db.articles.bulkGet(articleIds)).filter((a): a is ArticleRow =>
      Boolean(a),
    );
    const sources = new Set(moving.map((a) => a.storyId).filter((id): id is string => Boolean(id)));
    await db.articles.where('id').anyOf(articleIds).modify({ storyId: target, storyPinned: true });
    if (!storyId) {
      await db.stories.put(
        summarize(target, newLabel ?? moving[0]?.title ?? 'New story', Boolean(newLabel), moving),
      );
    }
    for (const source of [...sources, target]) await refreshSummary(source);
    return target;
  });
}

/** Merges stories into the first: their articles move there, pinned. */
export async function mergeStories(targetId: string, otherIds: string[]): Promise<void> {
  const articleIds = (await db.articles.where('storyId').anyOf(otherIds).primaryKeys()) as string[];
  await moveArticlesToStory(articleIds, targetId);
}
