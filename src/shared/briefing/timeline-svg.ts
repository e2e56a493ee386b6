/** A timeline as inline SVG: one lane per outlet, a dot per dated article, a date axis on top. */
import { escapeHtml } from '../text/html-escape';
import { commentaryHtml, type ItemContext } from './html-items';
import type { BriefingTimeline, TimelineLane } from './types';

const WIDTH = 640;
const LABEL_WIDTH = 150;
const PLOT_LEFT = 165;
const PLOT_RIGHT = 615;
const AXIS_HEIGHT = 26;
const LANE_HEIGHT = 22;
const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

function ticks(min: number, max: number): number[] {
  const span = max - min;
  const count = Math.min(5, span);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(min + (span * i) / count));
}

function laneSvg(lane: TimelineLane, index: number, x: (day: number) => number): string {
  const y = AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT / 2;
  const perDay = new Map<number, number>();
  for (const date of lane.dates) {
    const day = dayNumber(date);
    if (day !== null) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const dots = [...perDay]
    .map(([day, count]) =>
      count > 1
        ? `<circle cx="${x(day)}" cy="${y}" r="7" fill="#1f3a8a"/><text x="${x(day)}" y="${y + 3}" font-size="8" fill="#fff" text-anchor="middle">${count}</text>`
        : `<circle cx="${x(day)}" cy="${y}" r="4.5" fill="#1f3a8a"/>`,
    )
    .join('');
  const band =
    index % 2 === 0
      ? `<rect x="0" y="${y - LANE_HEIGHT / 2}" width="${WIDTH}" height="${LANE_HEIGHT}" fill="#f4f6fa"/>`
      : '';
  return `${band}<text x="${LABEL_WIDTH}" y="${y + 3.5}" font-size="10" text-anchor="end" fill="#1b1b1b">${escapeHtml(clip(lane.label, 26))}</text><line x1="${PLOT_LEFT}" x2="${PLOT_RIGHT}" y1="${y}" y2="${y}" stroke="#c9ced8" stroke-width="0.75"/>${dots}`;
}

/** The SVG alone (no dates → null). */
export function timelineSvg(lanes: TimelineLane[], title: string): string | null {
  const days = lanes.flatMap((l) => l.dates.map(dayNumber)).filter((d): d is number => d !== null);
  if (days.length === 0) return null;
  let min = Math.min(...days);
  let max = Math.max(...days);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const x = (day: number): number =>
    Math.round((PLOT_LEFT + ((day - min) / (max - min)) * (PLOT_RIGHT - PLOT_LEFT)) * 10) / 10;
  const plotted = lanes.filter((lane) => lane.dates.some((d) => dayNumber(d) !== null));
  const height = AXIS_HEIGHT + plotted.length * LANE_HEIGHT + 4;
  const axis = ticks(min, max)
    .map(
      (day) =>
        `<line x1="${x(day)}" x2="${x(day)}" y1="${AXIS_HEIGHT - 6}" y2="${height - 4}" stroke="#e1e4ea" stroke-width="0.75"/><text x="${x(day)}" y="${AXIS_HEIGHT - 10}" font-size="9" text-anchor="middle" fill="#5a6270">${isoOf(day)}</text>`,
    )
    .join('');
  const body = plotted.map((lane, i) => laneSvg(lane, i, x)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}" font-family="Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif">${axis}${body}</svg>`;
}

export function timelineHtml(item: BriefingTimeline, ctx: ItemContext): string {
  const svg = timelineSvg(item.lanes, item.caption);
  const undated = item.lanes
    .map((lane) => ({ lane, odd: lane.dates.filter((d) => dayNumber(d) === null) }))
    .filter(({ odd }) => odd.length > 0)
    .map(({ lane, odd }) => {
      const said = odd.filter((d) => d.trim() && d.trim() !== 'undated');
      return `${escapeHtml(lane.label)}${said.length ? ` (${escapeHtml(said.join(', '))})` : ''}`;
    })
    .join('; ');
  const caption = `<figcaption><span class="num">${ctx.number}.</span>${escapeHtml(item.caption.trim() || 'Timeline')}</figcaption>`;
  return `<figure class="item timeline keep" id="item-${ctx.number}">${caption}${svg ?? '<p class="undated">No dated articles.</p>'}${undated ? `<p class="undated">Not plotted, no exact date: ${undated}.</p>` : ''}${commentaryHtml(item.commentary)}</figure>`;
}
