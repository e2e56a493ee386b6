/**
 * How much publication dates count against a pair. Within the window dates say nothing (outlets
 * publish a day or a week apart); beyond it the bar rises with each doubling of the gap. The penalty is only
 * the ceiling: pairScorer (group-stories.ts) scales it down by how much of the cast (names) the
 * pair shares, so a story that runs for months with the same people holds together while a
 * look-alike event weeks later needs more in common. Coverage of one event falls within days;
 * the same institution's next decision or the same pass's next crash comes weeks or months later
 * with much of the cast again, so the ceiling is high (a third of a score) and reached in months.
 */
export interface DatePenaltyParams {
  windowDays: number;
  /** Added score bar per doubling of the gap beyond the window. */
  perDoubling: number;
  maxPenalty: number;
  /** When either date is unknown. */
  unknownPenalty: number;
}

/** The penalty for publications `gap` days apart (null: a date is unknown). */
export function datePenalty(gap: number | null, p: DatePenaltyParams): number {
  if (gap === null) return p.unknownPenalty;
  if (gap <= p.windowDays) return 0;
  return Math.min(p.maxPenalty, p.perDoubling * Math.log2(gap / p.windowDays));
}
