import { expect, test } from './support/fixtures';

test('the library filters, saves a search, chooses columns, and acts on a selection with undo', async ({
  workbench,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.nav('Library').click();
  await expect(workbench.libraryRows).toHaveCount(5);

  await page.getByLabel('Outlet', { exact: true }).selectOption('Northwind Post');
  await expect(workbench.libraryRows).toHaveCount(1);
  await expect(page.getByTestId('library-count')).toHaveText('1 of 5 articles');
  await page.getByRole('button', { name: 'Clear' }).click();

  await page.getByLabel('Kind', { exact: true }).selectOption('aggregator');
  await expect(workbench.libraryRows).toHaveCount(1);
  await page.getByRole('button', { name: 'Save search' }).click();
  await page.getByLabel('Search name').fill('Aggregator pages');
  await page.getByLabel('Search name').press('Enter');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(workbench.libraryRows).toHaveCount(5);
  await page.getByLabel('Saved searches').selectOption({ label: 'Aggregator pages' });
  await expect(workbench.libraryRows).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear' }).click();

  await page.getByLabel('Published from', { exact: true }).fill('2026-03-15');
  await expect(workbench.libraryRows).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear' }).click();

  // Sort by a column, both ways; articles without a date stay last.
  const publishedCells = () => workbench.libraryRows.locator('.cell-published').allInnerTexts();
  const sortByPublished = page.getByRole('columnheader', { name: 'Published' }).getByRole('button');
  await sortByPublished.click();
  await expect(page.getByRole('columnheader', { name: 'Published' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const ascending = (await publishedCells()).filter((d) => /^\d/.test(d));
  expect(ascending.length).toBeGreaterThan(2);
  expect(ascending).toEqual([...ascending].sort());
  await sortByPublished.click();
  await expect(page.getByRole('columnheader', { name: 'Published' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const descending = (await publishedCells()).filter((d) => /^\d/.test(d));
  expect(descending).toEqual([...ascending].reverse());

  // Hide a column.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Columns' }).getByLabel('Author').uncheck();
  await expect(page.getByRole('columnheader', { name: 'Author' })).toHaveCount(0);

  // Select two articles and delete them, then undo.
  await page.getByLabel('Select row 1').check();
  await page.getByLabel('Select row 2').check();
  await expect(page.getByRole('toolbar', { name: 'Selected articles' })).toContainText(
    '2 selected',
  );
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('toolbar', { name: 'Selected articles' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(workbench.libraryRows).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(workbench.libraryRows).toHaveCount(5);
});
