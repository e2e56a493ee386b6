/** Day number (days since 1970-01-01) of a YYYY-MM-DD date, or null when missing or malformed. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}
