/**
 * Side-by-side comparison of several outlets' articles on one story: the pure core the
 * comparison view renders.
 */
export { compareCoverage } from './compare';
export type * from './types';
