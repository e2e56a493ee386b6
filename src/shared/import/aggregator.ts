/**
 * Recognizes story pages of news aggregators (a story listing many outlets' versions, with
 * source counts and bias bars) and reads the figures they report about themselves.
 */
import type { AggregatorFigures } from '../domain';

const SIGNALS: RegExp[] = [
  /^\s*\d+\s+(?:articles|sources|stories|outlets)\s*$/imu,
  /^\s*coverage details\s*$/imu,
  /^\s*bias distribution\s*$/imu,
  /\d+\s*%\s+of\s+(?:the\s+)?sources\s+(?:lean|are)\b/iu,
  /^\s*(?:blindspot|factuality|full coverage|view all sources|news sources)\s*$/imu,
  // Not `\b` first: with the `iu` flags that makes the engine try every position of the page.
  /(?<!\w)upgrade to premium\b/iu,
];

function distinctCreditedOutlets(text: string): number {
  const outlets = new Set<string>();
  for (const match of text.matchAll(/appeared first on ([^.\n]{2,60})/giu))
    outlets.add(match[1]!.trim().toLowerCase());
  return outlets.size;
}

export function readAggregatorFigures(text: string): AggregatorFigures | null {
  const signals = SIGNALS.filter((signal) => signal.test(text)).length;
  const creditsFromSeveralOutlets = distinctCreditedOutlets(text) >= 3;
  if (signals < 2 && !(signals >= 1 && creditsFromSeveralOutlets)) return null;

  const count = /^\s*(\d+)\s+(?:articles|sources|stories|outlets)\s*$/imu.exec(text);
  const biasDistribution: Record<string, number> = {};
  for (const match of text.matchAll(
    /(\d+)\s*%\s+of\s+(?:the\s+)?sources\s+(?:lean\s+|are\s+)?(left|right|cent(?:er|re))/giu,
  )) {
    biasDistribution[normalizeSide(match[2]!)] = Number(match[1]);
  }
  for (const match of text.matchAll(
    /^[-–•\s]*(left|right|cent(?:er|re))\s*:?\s*(\d+)\s*%\s*$/gimu,
  )) {
    biasDistribution[normalizeSide(match[1]!)] ??= Number(match[2]);
  }
  return { sourceCount: count ? Number(count[1]) : null, biasDistribution };
}

const normalizeSide = (side: string): string => {
  const lower = side.toLowerCase();
  return lower === 'centre' ? 'center' : lower;
};
