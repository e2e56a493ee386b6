/** Page object: the workbench as a user sees it, in either host. */
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

  /** In Electron, answers the next save dialog with this path; the Chromium host needs no dialog. */
  async prepareSave(savePath: string): Promise<void> {
    if (!this.electron) return;
    await this.electron.evaluate(({ dialog }, target) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as never;
    }, savePath);
  }

  /** Exports the open briefing and returns where the PDF was saved. */
  async exportBriefingPdf(savePath: string): Promise<string> {
    await this.nav('Briefings').click();
    await this.prepareSave(savePath);
    await this.page.getByRole('button', { name: 'Export PDF' }).click();
    const result = this.page.getByTestId('export-result');
    await expect(result).toContainText('Saved to');
    return ((await result.textContent()) ?? '').replace(/^Saved to\s*/, '').trim();
  }
}
