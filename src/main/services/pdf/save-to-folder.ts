/** Saves an exported file into a folder without overwriting: "Briefing.pdf", "Briefing (2).pdf", … */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function saveWithoutOverwriting(
  folder: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  await mkdir(folder, { recursive: true });
  const { name, ext } = path.parse(fileName);
  for (let attempt = 1; attempt < 1000; attempt++) {
    const candidate = path.join(folder, attempt === 1 ? fileName : `${name} (${attempt})${ext}`);
    try {
      await writeFile(candidate, bytes, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Too many files named ${fileName} in ${folder}.`);
}
