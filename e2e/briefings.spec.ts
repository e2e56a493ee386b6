import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
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

test('a briefing in named sections takes the timeline, a matrix and a citation, and exports them as PDF and DOCX', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  await workbench.loadSampleCorpus();

  await workbench.nav('Stories').click();
  await workbench.addToBriefing('Add timeline to briefing', 'Timeline added to');
  await workbench.addToBriefing('Add speakers matrix to briefing', 'Speakers matrix added to');
  await workbench.openArticle('Cobalt quota puts Norland at odds with buyers');
  await workbench.addToBriefing('Cite in briefing', 'Citation added to');

  await workbench.nav('Briefings').click();
  const items = page.getByTestId('briefing-item');
  await expect(items).toHaveCount(3);
  await workbench.renameSection('Excerpts', 'Background');
  await workbench.addSection('What the outlets say');
  const background = workbench.briefingSection('Background').getByTestId('briefing-item');
  const outlets = workbench.briefingSection('What the outlets say').getByTestId('briefing-item');
  await expect(background).toHaveCount(3);
  await expect(outlets).toHaveCount(0);

  // By drag: the matrix goes to the second section.
  await workbench.dragItemToSection(
    background.filter({ hasText: 'Speakers × outlets' }),
    'What the outlets say',
  );
  await expect(outlets).toHaveCount(1);
  await expect(outlets.first()).toContainText('Speakers × outlets');

  // By keyboard: Alt+↓ on the last item of a section takes it to the top of the next; focus follows.
  const citation = background.filter({ hasText: 'Cobalt quota puts Norland at odds with buyers' });
  await expect(background.last()).toContainText('Cobalt quota puts Norland at odds with buyers');
  await citation.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(outlets).toHaveCount(2);
  await expect(outlets.first()).toContainText('Cobalt quota puts Norland at odds with buyers');
  await expect(outlets.first()).toBeFocused();
  await expect(background).toHaveCount(1);
  await expect(background.first()).toContainText('Timeline');

  await page.getByLabel('Title', { exact: true }).fill('Cobalt cap: coverage by section');
  await page.getByLabel('Date').fill('2026-03-20');

  const pdf = await readPdf(
    await workbench.exportBriefingPdf(path.join(folders.exportDir, 'sections.pdf')),
  );
  expect(pdf.text).toContain('Cobalt cap: coverage by section');
  expect(pdf.text).toContain('2026-03-20');
  // The contents page lists both sections, in order, before the body repeats them.
  const contents = pdf.text.slice(pdf.text.indexOf('Contents'));
  expect(contents.indexOf('Background')).toBeGreaterThan(0);
  expect(contents.indexOf('What the outlets say')).toBeGreaterThan(contents.indexOf('Background'));
  expect(contents.lastIndexOf('What the outlets say')).toBeGreaterThan(
    contents.indexOf('What the outlets say'),
  );
  expect(pdf.text).toContain('When each outlet published: Norland');
  expect(pdf.text).toContain('Who is quoted, by whom: Norland');
  expect(pdf.text).toContain('Hanna Lind');

  const docxPath = await workbench.exportBriefingDocx(
    path.join(folders.exportDir, 'sections.docx'),
  );
  expect(docxPath).toMatch(/\.docx$/);
  const { value: docx } = await mammoth.extractRawText({ path: docxPath });
  expect(docx).toContain('Cobalt cap: coverage by section');
  expect(docx).toContain('2026-03-20');
  expect(docx).toContain('Background');
  expect(docx).toContain('What the outlets say');
  expect(docx).toContain('Hanna Lind');
});
