import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';

test('full-text search finds words, phrases and fields across the library, with highlighted snippets', async ({
  workbench,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.nav('Library').click();
  const search = page.getByLabel('Search article text');

  await search.fill('"long memories"');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText(
    'Norland caps cobalt exports at 12,000 tonnes',
  );
  await expect(page.getByTestId('search-hit').locator('mark').first()).toHaveText(/long/i);

  await search.fill('quota outlet:"Northwind Post"');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText(
    'Cobalt quota puts Norland at odds with buyers',
  );

  await search.fill('refin*');
  await expect(page.getByTestId('search-count')).toContainText('matching article');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();

  await page
    .getByTestId('search-hit')
    .filter({ hasText: 'Brussels prepares response' })
    .getByRole('button')
    .click();
  await expect(page.getByTestId('article-title')).toHaveText(
    'Brussels prepares response to Norland cobalt cap',
  );
});

test('search results come a page at a time, with more on request', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  // Thirty distinct short articles that all mention the harbour.
  const folder = path.join(folders.dataDir, '..', 'harbour-notes');
  await mkdir(folder, { recursive: true });
  const towns = ['Arlen', 'Brisk', 'Corran', 'Dunvale', 'Eskby', 'Fenmoor'];
  const subjects = ['dredging', 'ferry fares', 'fish quotas', 'crane repairs', 'pilot boats'];
  for (let n = 0; n < 30; n++) {
    const town = towns[n % towns.length]!;
    const subject = subjects[Math.floor(n / towns.length)]!;
    await writeFile(
      path.join(folder, `note-${n}.txt`),
      `${town} council debates ${subject}, item ${n + 1}\n\n` +
        `Councillors in ${town} met on day ${n + 1} to discuss ${subject} at the harbour. ` +
        `Resident number ${n * 7 + 3} asked how ${subject} would change life in ${town}. ` +
        `The vote on ${subject} was ${n + 4} to ${n % 5}.\n`,
    );
  }
  await workbench.importFolder(folder);
  await workbench.nav('Library').click();
  await page.getByLabel('Search article text').fill('harbour');
  await expect(page.getByTestId('search-count')).toContainText('30 matching articles');
  await expect(page.getByTestId('search-hit')).toHaveCount(25);
  await page.getByRole('button', { name: 'Show 25 more' }).click();
  await expect(page.getByTestId('search-hit')).toHaveCount(30);
  await expect(page.getByRole('button', { name: 'Show 25 more' })).toHaveCount(0);
});
