/** Page object: the workbench as a user sees it, in either host. */
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';

export class WorkbenchPage {
  constructor(
    readonly page: Page,
    private readonly electron: ElectronApplication | null,
  ) {}

  nav(
    name: 'Library' | 'Reader' | 'Stories' | 'Quotes' | 'Codebook' | 'Briefings' | 'Settings',
  ): Locator {
    return this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: new RegExp(`^${name}`) });
  }

  get libraryRows(): Locator {
    return this.page.getByTestId('library-row');
  }

  get importPanel(): Locator {
    return this.page.getByTestId('import-panel');
  }

  /** Rows of the import's report: the files not imported as new articles. */
  get importReportRows(): Locator {
    return this.importPanel.getByTestId('import-report-row');
  }

  async importFolder(folder: string): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Import folder…' }).first();
    if (this.electron) {
      await this.electron.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as never;
      }, folder);
      await button.click();
    } else {
      const chooser = this.page.waitForEvent('filechooser');
      await button.click();
      await (await chooser).setFiles(folder);
    }
    await expect(this.importPanel).toHaveAttribute('data-phase', 'done');
  }

  async loadSampleCorpus(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load sample corpus' }).click();
    await expect(this.importPanel).toHaveAttribute('data-phase', 'done');
  }

  async openArticle(title: string): Promise<void> {
    await this.nav('Library').click();
    await this.libraryRows.filter({ hasText: title }).click();
    await expect(this.page.getByTestId('article-title')).toHaveText(title);
  }

  paragraph(containing: string): Locator {
    return this.page.getByTestId('article-body').locator('p', { hasText: containing });
  }

  /** Selects a paragraph and codes it, as a user would with the mouse and the annotation form. */
  async codeParagraph(containing: string, codeName: string): Promise<void> {
    await this.paragraph(containing).selectText();
    await this.page.getByRole('button', { name: 'Code selection' }).click();
    await this.page.getByLabel('Codes', { exact: true }).fill(codeName);
    await this.page.getByRole('button', { name: 'Save highlight' }).click();
    await expect(this.annotationCards.filter({ hasText: codeName })).toBeVisible();
  }

  async markClaim(
    containing: string,
    status: 'Unverified' | 'Supported' | 'Disputed' | 'False',
    evidence: string,
  ): Promise<void> {
    await this.paragraph(containing).selectText();
    await this.page.keyboard.press('c');
    await this.page.getByLabel('Verification status').selectOption({ label: status });
    await this.page.getByLabel('Evidence note').fill(evidence);
    await this.page.getByRole('button', { name: 'Save claim' }).click();
    await expect(this.annotationCards.filter({ hasText: evidence })).toBeVisible();
  }

  get annotationCards(): Locator {
    return this.page.getByTestId('highlight-card');
  }

  async addHighlightToBriefing(containing: string): Promise<void> {
    const card = this.annotationCards.filter({ hasText: containing });
    await card.getByRole('button', { name: 'Add to briefing' }).click();
    await expect(this.page.getByTestId('toast').filter({ hasText: 'Added to' })).toBeVisible();
  }

  /** Clicks an "Add … to briefing" or "Cite in briefing" button and waits for the confirmation. */
  async addToBriefing(button: string, confirmation: string | RegExp = 'added to'): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await expect(this.page.getByTestId('toast').filter({ hasText: confirmation })).toBeVisible();
  }

  /** A section of the open briefing, by its name. */
  briefingSection(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('region', { name: new RegExp(`^Section \\d+: ${escaped}$`) });
  }

  /** Renames a section of the open briefing, as a user typing over its name. */
  async renameSection(from: string, to: string): Promise<void> {
    const name = this.briefingSection(from).getByRole('textbox', { name: 'Section name' });
    await name.fill(to);
    await name.press('Enter');
    await expect(this.briefingSection(to)).toBeVisible();
  }

  /** Adds a section at the end of the open briefing and names it. */
  async addSection(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add section' }).click();
    const added = this.briefingSection('New section').getByRole('textbox', {
      name: 'Section name',
    });
    // The new section's name is selected, ready to be typed over.
    await expect(added).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect(this.briefingSection(name)).toBeVisible();
  }

  /** Drags a briefing item onto a section's heading: the item moves to the end of that section. */
  async dragItemToSection(item: Locator, section: string): Promise<void> {
    await item.dragTo(this.briefingSection(section).locator('.briefing-section-head'));
  }

  /** In Electron, answers the next save dialog with this path; the Chromium host needs no dialog. */
  async prepareSave(savePath: string): Promise<void> {
    if (!this.electron) return;
    await this.electron.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as never;
    }, savePath);
  }

  /** Exports the open briefing and returns where the PDF was saved. */
  async exportBriefingPdf(savePath: string): Promise<string> {
    return this.exportBriefing('Export PDF', savePath);
  }

  /** Exports the open briefing as a Word document and returns where it was saved. */
  async exportBriefingDocx(savePath: string): Promise<string> {
    return this.exportBriefing('Export DOCX', savePath);
  }

  private async exportBriefing(button: string, savePath: string): Promise<string> {
    await this.nav('Briefings').click();
    await this.prepareSave(savePath);
    const extension = path.extname(savePath);
    await this.page.getByRole('button', { name: button }).click();
    const result = this.page.getByTestId('export-result');
    await expect(result).toContainText(new RegExp(`Saved to .*\\${extension}$`));
    return ((await result.textContent()) ?? '').replace(/^Saved to\s*/, '').trim();
  }
}
