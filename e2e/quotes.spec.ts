import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';

test('the quote ledger lists who said what where, and quotes can be reviewed, reassigned and opened in context', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.nav('Quotes').click();

  const varga = page.getByTestId('speaker-item').filter({ hasText: 'Elin Varga' });
  await expect(varga).toContainText('Northwind Post');
  await expect(varga).toContainText('The Harbor Ledger');
  await varga.getByRole('button', { name: /^Elin Varga/ }).click();
  const rows = page.getByTestId('quote-row');
  await expect(rows.first()).toContainText('Elin Varga');
  await expect(rows.filter({ hasText: 'We are not closing the door' })).toHaveCount(1);
  // The sidebar's count (the import's own tally while it ran, counted again once it ended) is the ledger's.
  const ledgerTotal = /of ([\d,]+)/.exec(
    (await page.getByTestId('quote-count').textContent()) ?? '',
  );
  expect(ledgerTotal).not.toBeNull();
  await expect(workbench.nav('Quotes').locator('.nav-count')).toHaveText(
    ledgerTotal![1]!.replace(/,/g, ''),
  );

  // Reject a wrong attribution: it leaves the default view.
  const before = await rows.count();
  await rows
    .filter({ hasText: 'the measure on Saturday' })
    .getByRole('button', { name: 'Reject quote' })
    .click();
  await expect(rows).toHaveCount(before - 1);

  // Give a quote to someone else.
  await page.getByRole('button', { name: 'All speakers' }).click();
  const leclerc = rows
    .filter({ hasText: 'ready to listen, but not to be rushed' })
    .filter({ hasText: 'quote' });
  await leclerc.getByRole('button', { name: 'Paul Leclerc' }).click();
  await page.getByLabel('Quote speaker').fill('European Commission');
  await page.getByLabel('Quote speaker').press('Enter');
  await expect(
    page.getByTestId('speaker-item').filter({ hasText: 'European Commission' }),
  ).toBeVisible();

  // The shown quotes export with their articles' metadata.
  await workbench.prepareSave(path.join(folders.exportDir, 'quotes.csv'));
  await page.getByLabel('Export the shown quotes').selectOption('csv');
  const saved = page.getByTestId('toast').filter({ hasText: 'Quotes saved to' });
  await expect(saved).toBeVisible();
  const csvPath = ((await saved.textContent()) ?? '')
    .replace(/^Quotes saved to\s*/, '')
    .replace(/×$/, '')
    .trim();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv).toContain('Hanna Lind');
  expect(csv).toContain('Northwind Post');

  // Open in context: the reader shows the passage, marked.
  await page.getByLabel('Search quotes').fill('long memories');
  await expect(rows).toHaveCount(1);
  await rows.first().getByText('Buyers in Europe have long memories').click();
  await expect(page.getByTestId('article-title')).toHaveText(
    'Norland caps cobalt exports at 12,000 tonnes ahead of Brussels talks',
  );
  await expect(
    page.locator('mark', { hasText: 'Buyers in Europe have long memories' }),
  ).toBeVisible();
});

test('a quote the extractor missed can be added from the reader', async ({ workbench }) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.openArticle('Norland Tightens Grip on Cobalt as EU Talks Loom');
  await workbench.paragraph('Industry groups expressed concern').selectText();
  await page.keyboard.press('q');
  await page.getByLabel('Speaker', { exact: true }).fill('European Battery Alliance');
  await page.getByLabel('Kind', { exact: true }).selectOption('indirect');
  await page.getByRole('button', { name: 'Save quote' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Quote added for' })).toBeVisible();
  const added = page.getByTestId('article-quote').filter({ hasText: 'European Battery Alliance' });
  await expect(added).toContainText('Industry groups expressed concern');

  // Correct the span: select the right extent, then set it.
  await workbench.paragraph('European officials were more guarded').selectText();
  await added.getByRole('button', { name: 'Set span to selection' }).click();
  await expect(added).toContainText('European officials were more guarded');
});
