export { buildParsedArticle, type ParseInput } from './build-parsed-article';
export { selectBody, type BodySelection, type BodyOptions } from './body';
export { classifyChrome, type ChromeKind } from './chrome-patterns';
export { findDates, dateOfDateline, isoDayFromMachineDate, type FoundDate } from './dates';
export { readAggregatorFigures } from './aggregator';
export {
  createDuplicateIndex,
  minHashSignature,
  estimateSimilarity,
  DEFAULT_NEAR_DUPLICATE_THRESHOLD,
  type DuplicateIndex,
  type DuplicateMatch,
} from './near-duplicates';
export { DEFAULT_OUTLETS, findOutletByName, findOutletByUrl, type OutletEntry } from './outlets';
export type { StatedMetadata, StatedValue } from './page-context';
export { splitIntoUnits, countWords, isProse, type TextUnit } from './text-units';
