/** One article as the grouping sees it: text plus the two facts that tell look-alike stories apart. */
export interface StoryInput {
  id: string;
  title: string;
  body: string;
  outlet: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
}

/** A story: articles from one or more outlets about the same event or thread of events. */
export interface StoryGroup {
  /** Stable: the same members always give the same id; a pinned story keeps the id it was pinned to. */
  id: string;
  /** Short human label: the title of the most central member. */
  label: string;
  memberIds: string[];
}

/** A user decision that an article belongs to a story; grouping never overrides it. */
export interface StoryPin {
  articleId: string;
  storyId: string;
}

export interface GroupStoriesOptions {
  pinned?: StoryPin[];
}
