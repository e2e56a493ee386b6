import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXTURES = path.join(__dirname, '__fixtures__');

/** Builds a temporary folder from a map of relative paths to fixture names or literal contents. */
export function makeFolder(files: Record<string, { fixture: string } | string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'parallax-import-'));
  for (const [relativePath, source] of Object.entries(files)) {
    const target = path.join(root, relativePath);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof source === 'string') writeFileSync(target, source);
    else copyFileSync(path.join(FIXTURES, source.fixture), target);
  }
  return root;
}
