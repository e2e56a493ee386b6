/** Limits shared by the hosts and the renderer. */

/** Larger files are refused with a clear reason instead of being read into memory. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Bounds on a briefing sent to the host to render (DOCX): far above any real briefing, low
 * enough that a faulty or hostile caller cannot make the host build an enormous document.
 */
export const BRIEFING_LIMITS = {
  sections: 500,
  /** Items over all sections. */
  items: 10_000,
  /** Titles, names, labels, captions, table cells. */
  shortText: 20_000,
  /** Passages, notes, commentary, summaries. */
  longText: 1_000_000,
  tableRows: 10_000,
  tableColumns: 200,
  /** Articles one table cites, lanes in a timeline, dates in a lane, codes on an excerpt. */
  listEntries: 10_000,
  /** Source paths and URLs. */
  path: 8_192,
} as const;
