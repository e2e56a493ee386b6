/** A day as the user's calendar shows it, YYYY-MM-DD (toISOString would give the UTC day). */
export function localDate(time: number = Date.now()): string {
  const day = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
