// `npm start`: the Electron window where Electron's binary is present, otherwise the same
// workbench in the system's Chromium or Chrome, with the same services behind it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';
import { electronBinaryPath, projectRoot } from './electron-binary.mjs';

buildIfStale();

const electron = electronBinaryPath();
const [command, args] = electron
  ? [electron, [projectRoot]]
  : [
      process.execPath,
      [path.join(projectRoot, 'out', 'main', 'chromium-host.js'), ...process.argv.slice(2)],
    ];

if (!electron) {
  console.log(
    "parallax: Electron's binary is not available here, so Parallax opens in Chromium instead.",
  );
}
const child = spawn(command, args, { stdio: 'inherit', cwd: projectRoot });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
