import { expect, test } from './support/fixtures';

// The page can reach the system only through the contract, and only the folders the user chose.
test('the host refuses unknown operations, bad arguments and folders the user did not choose', async ({
  workbench,
}) => {
  const answers = await workbench.page.evaluate(async () => {
    const bridge = window.parallax!;
    const invoke = bridge.invoke as (
      op: string,
      args: unknown,
    ) => Promise<{ ok: boolean; error?: { code: string } }>;
    return {
      unknown: await invoke('fs.readFile', { path: '/etc/passwd' }),
      badArgs: await invoke('import.parseFolderFiles', {
        folder: '/tmp',
        relativePaths: ['../../etc/passwd'],
      }),
      notChosen: await invoke('import.listFolder', { folder: '/etc' }),
    };
  });
  expect(answers.unknown.error?.code).toBe('unknown-operation');
  expect(answers.badArgs.error?.code).toBe('invalid-arguments');
  expect(answers.notChosen.error?.code).toBe('not-permitted');
  // Nothing remote can be loaded into the app.
  const remote = await workbench.page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(remote).toBe('blocked');
});
