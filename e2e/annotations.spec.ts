import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';

test('claims carry a verification status that can be changed, and undo/redo restore annotations', async ({
  workbench,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.openArticle('Cobalt quota puts Norland at odds with buyers');

  await workbench.markClaim('raise spot prices', 'Disputed', 'Other outlets give no figure');
  const claim = workbench.annotationCards.filter({ hasText: 'Other outlets give no figure' });
  await expect(claim.getByLabel('Claim status')).toHaveValue('disputed');
  await claim.getByLabel('Claim status').selectOption('supported');
  await expect(claim.getByLabel('Claim status')).toHaveValue('supported');

  await page.keyboard.press('Control+z');
  await expect(claim.getByLabel('Claim status')).toHaveValue('disputed');
  await page.keyboard.press('Control+z');
  await expect(workbench.annotationCards).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(workbench.annotationCards).toHaveCount(1);
  await expect(page.locator('mark')).toContainText('raise spot prices');
});

test('the codebook is built while coding, edited as a tree, and round-trips through CSV', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.openArticle('Cobalt quota puts Norland at odds with buyers');
  await workbench.codeParagraph('not how a reliable partner behaves', 'Buyer reaction');

  await workbench.nav('Codebook').click();
  await page.getByLabel('New code').fill('Market effects');
  await page.getByRole('button', { name: 'Add code' }).click();
  await page.getByLabel('Parent of Buyer reaction').selectOption({ label: 'Market effects' });
  await expect(page.getByTestId('code-row').nth(1).getByLabel('Code name')).toHaveValue(
    'Buyer reaction',
  );
  await expect(
    page.getByTestId('code-row').filter({ has: page.getByLabel('Parent of Buyer reaction') }),
  ).toContainText('1 use');

  await workbench.prepareSave(path.join(folders.exportDir, 'codebook.csv'));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const saved = page.getByTestId('toast').filter({ hasText: 'Codebook saved to' });
  await expect(saved).toBeVisible();
  const savedPath = ((await saved.textContent()) ?? '')
    .replace(/^Codebook saved to\s*/, '')
    .replace(/×$/, '')
    .trim();
  expect(await readFile(savedPath, 'utf8')).toContain('Buyer reaction,Market effects,');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'shared-codebook.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'name,parent,color,description\nOfficial sources,,#009e73,Named officials\nMinisters,Official sources,,\n',
    ),
  });
  await expect(page.getByTestId('toast').filter({ hasText: '2 added, 0 updated' })).toBeVisible();
  await expect(page.getByTestId('code-row')).toHaveCount(4);
});
