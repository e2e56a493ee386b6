// Where Electron's binary is, if it was downloaded. Electron's npm package fetches it lazily,
// which cannot work offline, so we look before we leap.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const electronPackageDir = path.join(projectRoot, 'node_modules', 'electron');

export function electronBinaryPath() {
  if (process.env.PARALLAX_NO_ELECTRON) return null;
  try {
    const relative = readFileSync(path.join(electronPackageDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronPackageDir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
