import { expect, test } from './support/fixtures';

test('a first run invites an import and loads the sample corpus in one click', async ({
  workbench,
}) => {
  const { page } = workbench;
  await expect(
    page.getByRole('heading', { name: 'Start with a folder of saved articles' }),
  ).toBeVisible();
  await expect(workbench.libraryRows).toHaveCount(0);

  await workbench.loadSampleCorpus();

  await expect(workbench.libraryRows).toHaveCount(5);
  await expect(
    workbench.libraryRows.filter({ hasText: 'Cobalt quota puts Norland at odds with buyers' }),
  ).toContainText('Northwind Post');
  await expect(workbench.libraryRows.filter({ hasText: 'aggregator' })).toHaveCount(1);
  await expect(workbench.nav('Library')).toContainText('5');
});
