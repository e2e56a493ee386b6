import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';
import { readPdf } from './support/pdf-text';

const FIXTURE_FOLDER = fileURLToPath(new URL('./fixtures/messy-folder', import.meta.url));
const TITLE = 'Fishing cooperatives take dam fight to court';
const PASSAGE = 'We have no other door left to knock on';

test('import a folder, tag a passage, brief it, export a PDF, and find it all after a restart', async ({
  workbench,
  folders,
  restart,
}) => {
  await workbench.importFolder(FIXTURE_FOLDER);
  await expect(workbench.importPanel.getByTestId('import-counts')).toContainText('3 imported');
  await expect(workbench.importPanel).toContainText('photo.png');
  await expect(workbench.libraryRows).toHaveCount(3);

  await workbench.openArticle(TITLE);
  await expect(workbench.page.getByTestId('meta-outlet')).toContainText('Lowland Times');
  // The page's script was never run and its code is not part of the text.
  await expect(workbench.page.getByTestId('article-body')).not.toContainText('hacked');

  await workbench.codeParagraph(PASSAGE, 'Legal challenge');
  await expect(workbench.page.locator('mark', { hasText: PASSAGE })).toBeVisible();
  await workbench.addHighlightToBriefing(PASSAGE);

  const pdfPath = await workbench.exportBriefingPdf(path.join(folders.exportDir, 'briefing.pdf'));
  const pdf = await readPdf(pdfPath);
  expect(pdf.text).toContain(TITLE);
  expect(pdf.text).toContain(PASSAGE);
  expect(pdf.text).toContain('Legal challenge');
  expect(pdf.text).toContain('Lowland Times');
  expect(pdf.pages).toBeGreaterThanOrEqual(3);

  const reopened = await restart();
  await expect(reopened.libraryRows).toHaveCount(3);
  await reopened.openArticle(TITLE);
  await expect(reopened.page.getByTestId('highlight-card')).toContainText('Legal challenge');
  await reopened.nav('Briefings').click();
  await expect(reopened.page.getByTestId('briefing-item')).toContainText(PASSAGE);
});
