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
