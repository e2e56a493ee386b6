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

test('an outlet added to the list names articles from its web domain', async ({
  workbench,
  folders,
}) => {
  const { page } = workbench;
  const folder = path.join(folders.dataDir, '..', 'river-pages');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'weir.html'), PAGE);

  await workbench.nav('Settings').click();
  await expect(page.getByTestId('outlet-row').filter({ hasText: 'Reuters' })).toBeVisible();
  await page.getByRole('button', { name: 'Add outlet' }).click();
  await page.getByLabel('Outlet name').fill('Dam Watch');
  await page.getByLabel('Domains').fill('https://dam-watch.example/');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('outlet-row').filter({ hasText: 'Dam Watch' })).toContainText(
    'dam-watch.example',
  );
  await expect(page.getByTestId('storage-usage')).toContainText('The library uses');

  await workbench.importFolder(folder);
  await workbench.nav('Library').click();
  await expect(
    workbench.libraryRows.filter({ hasText: 'Weir repairs finish early' }),
  ).toContainText('Dam Watch');
});
