/**
 * Finds a system Chromium or Chrome to drive, since no browser is downloaded at install time.
 * PARALLAX_CHROMIUM (or CHROME_PATH) overrides the search.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    path.join(
      process.env['PROGRAMFILES'] ?? 'C:\\Program Files',
      'Google/Chrome/Application/chrome.exe',
    ),
    path.join(process.env['LOCALAPPDATA'] ?? '', 'Google/Chrome/Application/chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? '', 'Microsoft/Edge/Application/msedge.exe'),
  ],
};

export function findChromium(): string | null {
  const override = process.env['PARALLAX_CHROMIUM'] ?? process.env['CHROME_PATH'];
  if (override) return existsSync(override) ? override : null;
  return (CANDIDATES[process.platform] ?? []).find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Flags for a quiet, offline Chromium: no background calls home (the network is closed on
 * analysts' air-gapped machines, and every refused connection costs start-up time).
 */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];
