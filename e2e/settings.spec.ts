import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Weir repairs finish early</title>
<link rel="canonical" href="https://www.dam-watch.example/news/weir-repairs">
</head><body><article><h1>Weir repairs finish early</h1>
<p>Repairs to the old weir below the Korsa dam finished two weeks ahead of schedule, the river authority said on Friday.</p>
<p>The authority said the fish ladder would reopen before the spring run, which local anglers had feared they would miss.</p>
</article></body></html>`;

const LATER_PAGE = PAGE.replaceAll('Weir repairs finish early', 'Fish ladder reopens below the dam')
  .replace('weir-repairs', 'fish-ladder')
  .replace('Repairs to the old weir', 'Work on the old weir');

test('an outlet added to the list names articles from its web domain', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  const folder = path.join(folders.dataDir, '..', 'river-pages');
  const laterFolder = path.join(folders.dataDir, '..', 'river-pages-later');
  await mkdir(folder, { recursive: true });
  await mkdir(laterFolder, { recursive: true });
  await writeFile(path.join(folder, 'weir.html'), PAGE);
  await writeFile(path.join(laterFolder, 'ladder.html'), LATER_PAGE);

  // Imported before the outlet is on the list: its domain names no outlet.
  await workbench.importFolder(folder);
  await workbench.nav('Library').click();
  await expect(
    workbench.libraryRows.filter({ hasText: 'Weir repairs finish early' }),
  ).not.toContainText('Dam Watch');

  await workbench.nav('Settings').click();
  await expect(page.getByTestId('outlet-row').filter({ hasText: 'Reuters' })).toBeVisible();
  await page.getByRole('button', { name: 'Add outlet' }).click();
  await page.getByLabel('Outlet name').fill('Dam Watch');
  await page.getByLabel('Domains').fill('https://dam-watch.example/');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('outlet-row').filter({ hasText: 'Dam Watch' })).toContainText(
    'dam-watch.example',
  );
  await expect(page.getByTestId('storage-usage')).toContainText('The library uses');

  // The next import reads the edited list.
  await workbench.importFolder(laterFolder);
  await workbench.nav('Library').click();
  await expect(
    workbench.libraryRows.filter({ hasText: 'Fish ladder reopens below the dam' }),
  ).toContainText('Dam Watch');
});
