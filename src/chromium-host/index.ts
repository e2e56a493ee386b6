/**
 * Entry point of the Chromium host (`npm start` where Electron's binary is missing).
 * Also exports launchChromiumHost for the end-to-end tests.
 */
import { pathToFileURL } from 'node:url';
import { launchChromiumHost } from './launch';

export { launchChromiumHost } from './launch';
export type { ChromiumHost, ChromiumHostOptions } from './launch';

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless');
  const host = await launchChromiumHost({ headless });
  const stop = async (): Promise<void> => {
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Closing the app window ends the host.
  host.context.on('close', () => void stop());
}

const isEntryPoint = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  main().catch((error: unknown) => {
    console.error(`Parallax could not start in Chromium: ${(error as Error).message}`);
    process.exit(1);
  });
}
