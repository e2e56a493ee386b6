/** Builds the app when sources are newer than the last build. */
export declare function buildIfStale(): void;
