/** Page object: the workbench as a user sees it, in either host. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';

export class WorkbenchPage {
  constructor(
    readonly page: Page,
    private readonly electron: ElectronApplication | null,
  ) {}

  nav(name: 'Library' | 'Reader' | 'Briefings'): Locator {
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

  async tagParagraph(containing: string, tagName: string): Promise<void> {
    await this.paragraph(containing).selectText();
    await this.page.getByRole('button', { name: 'Tag selection' }).click();
    await this.page.getByLabel('Tag name').fill(tagName);
    await this.page.getByLabel('Tag name').press('Enter');
    await expect(
      this.page.getByTestId('highlight-card').filter({ hasText: tagName }),
    ).toBeVisible();
  }

  async addHighlightToBriefing(containing: string): Promise<void> {
    const card = this.page.getByTestId('highlight-card').filter({ hasText: containing });
    await card.getByRole('button', { name: 'Add to briefing' }).click();
    await expect(this.page.getByTestId('toast').filter({ hasText: 'Added to' })).toBeVisible();
  }

  /** Exports the open briefing and returns where the PDF was saved. */
  async exportBriefingPdf(savePath: string): Promise<string> {
    await this.nav('Briefings').click();
    if (this.electron) {
      await this.electron.evaluate(({ dialog }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as never;
      }, savePath);
    }
    await this.page.getByRole('button', { name: 'Export PDF' }).click();
    const result = this.page.getByTestId('export-result');
    await expect(result).toContainText('Saved to');
    return ((await result.textContent()) ?? '').replace(/^Saved to\s*/, '').trim();
  }
}
