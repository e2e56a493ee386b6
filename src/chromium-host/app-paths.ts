/** Where the built app, its data and its exports live when it runs in the Chromium host. */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: out/main/chromium-host.js sits two folders below it. */
export function appRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function defaultDataDir(): string {
  if (process.env['PARALLAX_DATA_DIR']) return path.resolve(process.env['PARALLAX_DATA_DIR']);
  const home = os.homedir();
  if (process.platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', 'Parallax');
  if (process.platform === 'win32') {
    return path.join(process.env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Parallax');
  }
  return path.join(process.env['XDG_DATA_HOME'] ?? path.join(home, '.local', 'share'), 'Parallax');
}

export function defaultExportDir(): string {
  if (process.env['PARALLAX_EXPORT_DIR']) return path.resolve(process.env['PARALLAX_EXPORT_DIR']);
  const downloads = path.join(os.homedir(), 'Downloads');
  return existsSync(downloads) ? downloads : os.homedir();
}
