import { defineConfig, type Project } from '@playwright/test';
import { electronBinaryPath } from './scripts/electron-binary.mjs';

// Every suite runs against the Chromium host; where Electron's binary is present, against
// the real Electron app too.
const projects: Project[] = [{ name: 'chromium-host', use: { host: 'chromium' } as never }];
if (electronBinaryPath()) {
  projects.push({ name: 'electron', use: { host: 'electron' } as never });
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  projects,
});
