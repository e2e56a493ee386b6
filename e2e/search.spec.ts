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
