import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';

const FIXTURE_FOLDER = fileURLToPath(new URL('./fixtures/messy-folder', import.meta.url));
const GLACIER = 'Valley towns split over the Korsa dam expansion';

test('re-importing a folder adds new and changed files only, keeps corrections and annotations, and flags copies', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  const folder = path.join(folders.dataDir, '..', 'messy-folder');
  await cp(FIXTURE_FOLDER, folder, { recursive: true });
  await workbench.importFolder(folder);
  await expect(workbench.libraryRows).toHaveCount(3);

  // Correct a field and annotate a passage.
  await workbench.openArticle(GLACIER);
  await page.getByRole('button', { name: /^Outlet: Glacier Press/ }).click();
  await page.getByLabel('Outlet', { exact: true }).fill('Glacier Press (regional edition)');
  await page.getByLabel('Outlet', { exact: true }).press('Enter');
  await expect(page.getByTestId('meta-outlet')).toContainText('Glacier Press (regional edition)');
  await workbench.codeParagraph('Regional engineer Oskar Thal', 'Engineering case');

  // The outlet's page changes, and a reprint of another article appears with different chrome.
  const glacierFile = path.join(folder, 'glacier-press-dam.txt');
  const text = await readFile(glacierFile, 'utf8');
  await writeFile(
    glacierFile,
    text.replace('Regional engineer', 'Update: the council will vote in May.\n\nRegional engineer'),
  );
  const lowland = await readFile(path.join(folder, 'world', 'lowland-times-dam.html'), 'utf8');
  await writeFile(
    path.join(folder, 'world', 'lowland-times-dam-reprint.html'),
    lowland.replace('<nav>', '<nav><a href="/sport">Sport</a> <a href="/weather">Weather</a> '),
  );

  await workbench.importFolder(folder);
  await expect(workbench.importPanel.getByTestId('import-counts')).toContainText(
    '1 imported · 1 duplicate · 3 skipped · 0 failed',
  );
  await expect(workbench.importPanel).toContainText('unchanged since the last import');
  await expect(
    workbench.importReportRows.filter({ hasText: 'lowland-times-dam-reprint.html' }),
  ).toContainText('duplicate');
  await workbench.nav('Library').click();
  await expect(workbench.libraryRows).toHaveCount(4);

  await workbench.openArticle(GLACIER);
  await expect(workbench.paragraph('Update: the council will vote in May.')).toBeVisible();
  await expect(page.getByTestId('meta-outlet')).toContainText('Glacier Press (regional edition)');
  await expect(page.locator('mark', { hasText: 'Regional engineer Oskar Thal' })).toBeVisible();

  // The reprint says what it copies; the user deletes it, and can undo that.
  await workbench.nav('Library').click();
  await workbench.libraryRows.filter({ hasText: 'duplicate' }).click();
  const notice = page.getByTestId('duplicate-notice');
  await expect(notice).toContainText('Fishing cooperatives take dam fight to court');
  await notice.getByRole('button', { name: 'Delete this copy' }).click();
  await expect(workbench.libraryRows).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(workbench.libraryRows).toHaveCount(4);
});

test('a long import report stays folded until the user opens it, then lists every file with its reason', async ({
  workbench,
  folders,
}) => {
  const folder = path.join(folders.dataDir, '..', 'many-skipped');
  await mkdir(folder);
  await cp(path.join(FIXTURE_FOLDER, 'glacier-press-dam.txt'), path.join(folder, 'dam.txt'));
  for (let n = 1; n <= 12; n++)
    await writeFile(path.join(folder, `scan-${n}.xyz`), 'not an article');
  await workbench.importFolder(folder);
  await expect(workbench.importPanel.getByTestId('import-counts')).toContainText(
    '1 imported · 0 duplicate · 12 skipped · 0 failed',
  );
  await expect(workbench.importReportRows).toHaveCount(0);

  await workbench.importPanel.getByText('12 file(s) not imported as new articles').click();
  await expect(workbench.importReportRows).toHaveCount(12);
  await expect(workbench.importReportRows.filter({ hasText: 'scan-7.xyz' })).toContainText(
    'skipped',
  );
});

test('the original file is shown with what was kept, and the article boundaries can be moved by hand', async ({
  workbench,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();
  await workbench.openArticle(
    'Norland caps cobalt exports at 12,000 tonnes ahead of Brussels talks',
  );
  await expect(page.getByTestId('article-body')).not.toContainText('Subscribe');

  await page.getByRole('tab', { name: 'Original file' }).click();
  const original = page.getByTestId('original-text');
  await expect(original).toContainText('Subscribe');
  await expect(original.locator('mark.kept').first()).toContainText(
    'Norland will limit cobalt exports',
  );
  await original.selectText();
  await page.getByRole('button', { name: 'Use selection as the article' }).click();
  await page.getByRole('tab', { name: 'Article' }).click();
  await expect(page.getByTestId('article-body')).toContainText('Subscribe');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('article-body')).not.toContainText('Subscribe');
});
