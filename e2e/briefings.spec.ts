import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { readPdf } from './support/pdf-text';

test('a briefing collects a quote and a story comparison, and exports to PDF and Markdown', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();

  await workbench.nav('Quotes').click();
  await page.getByLabel('Search quotes').fill('long memories');
  await page
    .getByTestId('quote-row')
    .getByRole('button', { name: 'Add quote to briefing' })
    .click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Added to' })).toBeVisible();

  await workbench.nav('Stories').click();
  await page.getByRole('button', { name: 'Add comparison to briefing' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Comparison added to' })).toBeVisible();

  await workbench.nav('Briefings').click();
  await expect(page.getByTestId('briefing-item')).toHaveCount(2);
  // The analyst's own note, dragged to the top.
  await page.getByRole('button', { name: 'Add a note' }).click();
  await page.getByLabel('Note heading').fill('Bottom line');
  await page.getByLabel('Note text').fill('Outlets disagree on the size of the quota.');
  await page.getByRole('button', { name: 'Add note', exact: true }).click();
  await expect(page.getByTestId('briefing-item')).toHaveCount(3);
  await page.getByTestId('briefing-item').nth(2).dragTo(page.getByTestId('briefing-item').nth(0));
  await expect(page.getByTestId('briefing-item').nth(0)).toContainText('Bottom line');

  await page.getByLabel('Title').fill('Norland cobalt: who says what');
  await page.getByLabel('Author').fill('Desk analyst');

  const pdf = await readPdf(
    await workbench.exportBriefingPdf(path.join(folders.exportDir, 'brief.pdf')),
  );
  expect(pdf.text).toContain('Norland cobalt: who says what');
  expect(pdf.text).toContain('Buyers in Europe have long memories');
  expect(pdf.text).toContain('Tomas Reyes');
  expect(pdf.text).toContain('Northwind Post');
  expect(pdf.text).toContain('Hanna Lind');
  expect(pdf.text).toContain('Outlets disagree on the size of the quota.');
  expect(pdf.pages).toBeGreaterThanOrEqual(3);

  await workbench.prepareSave(path.join(folders.exportDir, 'brief.md'));
  await page.getByLabel('Export in another format').selectOption('md');
  const saved = page.getByTestId('export-result');
  await expect(saved).toContainText('.md');
  const markdownPath = ((await saved.textContent()) ?? '').replace(/^Saved to\s*/, '').trim();
  const markdown = await readFile(markdownPath, 'utf8');
  expect(markdown).toContain('# Norland cobalt: who says what');
  expect(markdown).toContain('Buyers in Europe have long memories');
});
