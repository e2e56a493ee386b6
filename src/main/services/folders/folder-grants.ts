/**
 * The folders the user has chosen in this session. The renderer may read only inside them,
 * so a compromised page cannot ask the host for arbitrary files.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/result';

export class FolderGrants {
  private readonly granted = new Set<string>();

  async grant(folder: string): Promise<string> {
    const real = await realpath(folder);
    this.granted.add(real);
    return real;
  }

  /** Returns the real path of a granted folder, or throws not-permitted. */
  async resolveGranted(folder: string): Promise<string> {
    let real: string;
    try {
      real = await realpath(folder);
    } catch {
      throw new AppError('not-found', `The folder ${folder} cannot be found.`);
    }
    if (!this.granted.has(real)) {
      throw new AppError('not-permitted', `The folder ${folder} has not been chosen in Parallax.`);
    }
    return real;
  }
}

/** Resolves a relative path inside root, refusing anything that would land outside it. */
export function resolveInside(root: string, relativePath: string): string {
  const absolute = path.resolve(root, relativePath);
  if (absolute !== root && !absolute.startsWith(root + path.sep)) {
    throw new AppError('not-permitted', `${relativePath} is outside the imported folder.`);
  }
  return absolute;
}
