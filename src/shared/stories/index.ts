/**
 * Stories across outlets: which articles report the same event, plus the figure and entity
 * extraction the comparison view uses to line their details up.
 */
export type { GroupStoriesOptions, StoryGroup, StoryInput, StoryPin } from './types';
export { groupStories, DEFAULT_GROUPING_PARAMS, type GroupingParams } from './group-stories';
export { extractFigures, type Figure, type FigureKind } from './figures';
export { extractNamedEntities, type EntityType, type NamedEntity } from './entities';
export { storyIdFor } from './story-id';
