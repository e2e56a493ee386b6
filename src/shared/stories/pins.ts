import type { StoryPin } from './types';

/**
 * Applies the user's decisions after automatic grouping; they are never overridden.
 *
 * - A pinned article is in its pinned story and no other; that story keeps the pinned id.
 * - The unpinned articles of an automatic group follow a pinned story when the articles pinned to
 *   it make up at least half of that group (the user confirmed the story; new arrivals join it).
 *   One article pinned away from a bigger group leaves alone: the user split it out.
 */
export function applyPins(
  groups: { memberIds: string[] }[],
  pins: readonly StoryPin[],
  knownIds: ReadonlySet<string>,
  idFor: (memberIds: string[]) => string,
): { id: string; memberIds: string[]; pinned: boolean }[] {
  const pinnedTo = new Map<string, string>();
  for (const pin of pins) if (knownIds.has(pin.articleId)) pinnedTo.set(pin.articleId, pin.storyId);

  const pinnedStories = new Map<string, string[]>();
  const free: { memberIds: string[] }[] = [];
  for (const group of groups) {
    const counts = new Map<string, number>();
    const unpinned: string[] = [];
    for (const id of group.memberIds) {
      const story = pinnedTo.get(id);
      if (story === undefined) unpinned.push(id);
      else {
        counts.set(story, (counts.get(story) ?? 0) + 1);
        const list = pinnedStories.get(story);
        if (list) list.push(id);
        else pinnedStories.set(story, [id]);
      }
    }
    if (unpinned.length === 0) continue;
    // The pinned story with most members here; ties go to the smaller id so the outcome is deterministic.
    let leader: string | null = null;
    let leaderCount = 0;
    for (const [story, count] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      if (count > leaderCount) {
        leader = story;
        leaderCount = count;
      }
    }
    if (leader !== null && leaderCount * 2 >= group.memberIds.length)
      (pinnedStories.get(leader) as string[]).push(...unpinned);
    else free.push({ memberIds: unpinned });
  }

  const out = [...pinnedStories].map(([id, memberIds]) => ({ id, memberIds, pinned: true }));
  const taken = new Set(out.map((g) => g.id));
  for (const group of free) {
    const id = idFor(group.memberIds);
    // An automatic id can only equal a pinned one for the very same members; merging keeps ids unique.
    if (taken.has(id))
      (out.find((g) => g.id === id) as { memberIds: string[] }).memberIds.push(...group.memberIds);
    else out.push({ id, memberIds: group.memberIds, pinned: false });
  }
  return out;
}
