/**
 * Lists the files under a folder for import: nested folders, in a stable order.
 * Hidden and system files are reported as skipped rather than silently ignored; symlinked
 * folders are followed once (by real path), so a link loop cannot trap the walk.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { reasonToSkipName } from './file-types';

export type WalkEntry =
  | { relativePath: string; absolutePath: string; size: number }
  | { relativePath: string; skipped: string };

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? 'unknown error';

function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it no longer exists (or is a broken link)';
  if (code === 'ELOOP') return 'it is a symbolic link loop';
  return (error as Error).message ?? code;
}

async function* walkDirectory(
  absoluteDir: string,
  relativeDir: string,
  visitedDirs: Set<string>,
): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const dir = await opendir(absoluteDir);
    names = [];
    for await (const entry of dir) names.push(entry.name);
  } catch (error) {
    yield {
      relativePath: relativeDir || '.',
      skipped: `folder cannot be read: ${describeFsError(error)}`,
    };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  for (const name of names) {
    const relativePath = relativeDir ? `${relativeDir}/${name}` : name;
    const absolutePath = path.join(absoluteDir, name);
    const skipReason = reasonToSkipName(name);
    if (skipReason) {
      yield { relativePath, skipped: skipReason };
      continue;
    }
    let info;
    try {
      info = await stat(absolutePath); // follows symlinks
    } catch (error) {
      yield { relativePath, skipped: `cannot be read: ${describeFsError(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(absolutePath).catch(() => absolutePath);
      if (visitedDirs.has(real)) {
        yield {
          relativePath,
          skipped: 'folder already visited through another link (symbolic link loop)',
        };
        continue;
      }
      visitedDirs.add(real);
      yield* walkDirectory(absolutePath, relativePath, visitedDirs);
    } else if (info.isFile()) {
      yield { relativePath, absolutePath, size: info.size };
    } else {
      yield { relativePath, skipped: 'not a regular file (device, socket or pipe)' };
    }
  }
}

export async function* walkFolder(root: string): AsyncGenerator<WalkEntry> {
  const absoluteRoot = path.resolve(root);
  const visited = new Set<string>([await realpath(absoluteRoot).catch(() => absoluteRoot)]);
  yield* walkDirectory(absoluteRoot, '', visited);
}
