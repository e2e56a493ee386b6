// Builds the app when sources are newer than the last build, so `npm start` always runs current code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './electron-binary.mjs';

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function buildIfStale() {
  const builtAt = newestMtime(path.join(projectRoot, 'out', 'main', 'chromium-host.js'));
  const inputs = ['src', 'electron.vite.config.ts', 'package.json'].map((p) =>
    path.join(projectRoot, p),
  );
  if (builtAt && Math.max(...inputs.map(newestMtime)) < builtAt) return;
  console.log('parallax: building…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
