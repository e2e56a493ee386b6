import { expect, test } from './support/fixtures';

test('articles on one story line up side by side, showing who each outlet quotes', async ({
  workbench,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.nav('Stories').click();

  const story = page.getByTestId('story-item').first();
  await expect(story).toContainText('5 articles');
  await expect(page.getByTestId('story-column')).toHaveCount(5);
  await expect(
    page.getByTestId('story-column').filter({ hasText: 'Northwind Post' }),
  ).toContainText('Hanna Lind');

  // Only one outlet quotes the buyer; several quote the minister.
  const lind = page.getByTestId('speaker-row').filter({ hasText: 'Hanna Lind' });
  await expect(lind).toContainText('only one outlet');
  const varga = page.getByTestId('speaker-row').filter({ hasText: 'Elin Varga' });
  await expect(varga).not.toContainText('only one outlet');

  // Where outlets disagree: the quota's size, and a quote one outlet cut short.
  await expect(page.getByTestId('figure-conflicts')).toContainText('12,000 tonnes');
  await expect(page.getByTestId('figure-conflicts')).toContainText('15,000 tonnes');
  await expect(page.getByTestId('quote-differences')).toContainText('cut short');
  await expect(
    page.getByTestId('entity-coverage').getByRole('row', { name: /Hanna Lind/ }),
  ).toBeVisible();

  // The user takes one article out into its own story; regrouping keeps that decision.
  await page
    .getByLabel('Story of Norland caps cobalt exports before EU talks')
    .selectOption('__new');
  await expect(page.getByTestId('story-item')).toHaveCount(2);
  await page.getByRole('button', { name: 'Regroup' }).click();
  await expect(page.getByRole('button', { name: 'Regroup' })).toBeEnabled();
  await expect(page.getByTestId('story-item')).toHaveCount(2);
  await expect(page.getByTestId('story-item').filter({ hasText: '4 articles' })).toHaveCount(1);
});

test('codes by outlet open their passages, and the timeline shows when each outlet published', async ({
  workbench,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.openArticle('Cobalt quota puts Norland at odds with buyers');
  await workbench.codeParagraph('not how a reliable partner behaves', 'Buyer reaction');
  await workbench.nav('Stories').click();

  await page
    .getByRole('button', { name: '1 passages coded Buyer reaction in Northwind Post' })
    .click();
  await expect(page.getByTestId('cell-passages')).toContainText(
    'not how a reliable partner behaves',
  );

  const timeline = page.getByRole('img', {
    name: /Articles by outlet from 2026-03-14 to 2026-03-16/,
  });
  await expect(timeline.locator('circle')).toHaveCount(4);
  await expect(page.getByText(/^Undated:/)).toContainText(
    'Norland caps cobalt exports before EU talks',
  );
});
