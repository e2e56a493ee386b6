// postinstall: try to download Electron's binary so `npm start` can open the desktop app.
// Never fails the install: offline and air-gapped machines run Parallax in Chromium instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronBinaryPath, electronPackageDir } from './electron-binary.mjs';

const skip =
  process.env.PARALLAX_SKIP_ELECTRON_DOWNLOAD || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
const installer = path.join(electronPackageDir, 'install.js');

if (electronBinaryPath()) {
  process.exit(0);
} else if (skip || !existsSync(installer)) {
  console.log('parallax: Electron binary not downloaded; `npm start` will use Chromium.');
} else {
  const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 180_000 });
  if (result.status === 0 && electronBinaryPath()) {
    console.log('parallax: Electron binary ready.');
  } else {
    console.log(
      'parallax: Electron binary could not be downloaded (offline?); `npm start` will open Parallax in Chromium.',
    );
  }
}
