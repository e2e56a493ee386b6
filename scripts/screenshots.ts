/**
 * Screenshots of every view in the Chromium host, for looking at what users see:
 *   node --import tsx scripts/screenshots.ts [folder-to-import] [--out dir] [--dark]
 * Imports the folder (default: the sample corpus), tags a passage, builds a briefing,
 * exports its PDF, and saves one PNG per view.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { launchChromiumHost as LaunchChromiumHost } from '../src/chromium-host/index';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : 'test-results/screenshots');
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
const dark = args.includes('--dark');

const root = path.resolve(import.meta.dirname, '..');
const { launchChromiumHost } = (await import(
  pathToFileURL(path.join(root, 'out', 'main', 'chromium-host.js')).href
)) as { launchChromiumHost: typeof LaunchChromiumHost };

await mkdir(outDir, { recursive: true });
const scratch = await mkdtemp(path.join(os.tmpdir(), 'parallax-shots-'));
const host = await launchChromiumHost({
  headless: true,
  dataDir: path.join(scratch, 'data'),
  exportDir: path.join(scratch, 'exports'),
});
const page = host.page;
if (dark) await page.emulateMedia({ colorScheme: 'dark' });
page.on('pageerror', (error) => console.error('page error:', error.message));
const shot = async (name: string) => {
  const file = path.join(outDir, `${name}${dark ? '-dark' : ''}.png`);
  await page.screenshot({ path: file });
  console.log(file);
};

await page.getByRole('heading', { name: 'Start with a folder of saved articles' }).waitFor();
await shot('01-empty');
if (folder) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import folder…' }).first().click();
  await (await chooser).setFiles(path.resolve(folder));
} else {
  await page.getByRole('button', { name: 'Load sample corpus' }).click();
}
await page.locator('[data-testid=import-panel][data-phase=done]').waitFor();
await shot('02-library-after-import');
// Full-text search: a phrase of common words and a rarer word, with highlighted snippets.
const searchBox = page.getByRole('searchbox', { name: 'Search article text' });
await searchBox.fill('"one of the" OR minerals');
await page.getByTestId('search-hit').first().waitFor();
await shot('02-library-search');
await searchBox.fill('');

const rows = page.getByTestId('library-row');
const count = await rows.count();
for (let i = 0; i < count; i++) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Library/ })
    .click();
  await rows.nth(i).click();
  await page.getByTestId('article-title').waitFor();
  if (i === 0) {
    await page.getByTestId('article-body').locator('p').nth(1).selectText();
    await page.getByRole('button', { name: 'Code selection' }).click();
    await shot('03-reader-tagging');
    await page.getByLabel('Codes', { exact: true }).fill('Key passage');
    await page.getByRole('button', { name: 'Save highlight' }).click();
    await page.getByRole('button', { name: 'Add to briefing' }).first().click();
  }
  await shot(`04-reader-${String(i + 1).padStart(2, '0')}`);
}

const openView = (name: RegExp) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
await openView(/^Stories/);
await page.getByTestId('story-item').first().waitFor();
// The comparison loads after the list: wait for its columns and speakers before the shot.
await page.getByTestId('story-column').first().waitFor();
await page.getByTestId('speaker-row').first().waitFor();
await shot('05-stories');
// The briefing takes the story's timeline and speakers matrix too.
for (const name of ['Add timeline to briefing', 'Add speakers matrix to briefing'])
  await page.getByRole('button', { name }).click();
await openView(/^Quotes/);
await page.getByTestId('quote-count').waitFor();
await shot('05-quotes-ledger');
await openView(/^Codebook/);
await shot('06-codebook');
await openView(/^Briefings/);
// Two named sections, the matrix moved into the second.
const sectionName = page.getByRole('textbox', { name: 'Section name' });
await sectionName.first().fill('Background');
await sectionName.first().press('Enter');
await page.getByRole('button', { name: 'Add section' }).click();
// The new section's name is selected for typing over once it appears.
await page.locator('input[aria-label="Section name"]:focus').waitFor();
await page.keyboard.type('What the outlets say');
await page.keyboard.press('Enter');
await page
  .getByTestId('briefing-item')
  .filter({ hasText: 'Speakers × outlets' })
  .getByLabel('Move to section')
  .selectOption({ label: 'What the outlets say' });
await page
  .getByRole('region', { name: /What the outlets say$/ })
  .getByTestId('briefing-item')
  .waitFor();
const savedFile = async (button: string, extension: string) => {
  await page.getByRole('button', { name: button }).click();
  const result = page.getByTestId('export-result');
  await result.filter({ hasText: extension }).waitFor();
  return (await result.textContent())?.replace('Saved to ', '');
};
console.log('pdf:', await savedFile('Export PDF', '.pdf'));
await shot('07-briefings');
await page.getByRole('region', { name: /What the outlets say$/ }).scrollIntoViewIfNeeded();
await shot('08-briefing-sections');
console.log('docx:', await savedFile('Export DOCX', '.docx'));
await host.close();
