/**
 * Files chosen in the page itself (folder picker or drag and drop), for hosts without a native
 * dialog. Paths are made relative to the chosen folder; hidden files are left out.
 */

export interface PickedFile {
  relativePath: string;
  file: File;
}

const isHidden = (relativePath: string): boolean =>
  relativePath.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

/** From an <input webkitdirectory>: paths start with the folder's own name. */
export function filesFromDirectoryInput(list: FileList): {
  folderName: string;
  files: PickedFile[];
} {
  const files: PickedFile[] = [];
  let folderName = 'Imported folder';
  for (const file of Array.from(list)) {
    const full = file.webkitRelativePath || file.name;
    const [top, ...rest] = full.split('/');
    if (rest.length && top) folderName = top;
    const relativePath = rest.length ? rest.join('/') : full;
    if (!isHidden(relativePath)) files.push({ relativePath, file });
  }
  return { folderName, files };
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function collect(entry: FileSystemEntry, prefix: string, out: PickedFile[]): Promise<void> {
  const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    if (!isHidden(relativePath))
      out.push({ relativePath, file: await entryFile(entry as FileSystemFileEntry) });
    return;
  }
  if (!entry.isDirectory || isHidden(relativePath)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most ~100 entries per call: keep reading until it returns none.
  for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
    for (const child of batch) await collect(child, relativePath, out);
  }
}

/** From a drop: a dropped folder's contents keep paths relative to that folder. */
export async function filesFromDrop(
  items: DataTransferItemList,
): Promise<{ folderName: string; files: PickedFile[] }> {
  const entries = Array.from(items)
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  const files: PickedFile[] = [];
  const single = entries.length === 1 && entries[0]!.isDirectory ? entries[0]! : null;
  if (single) {
    const reader = (single as FileSystemDirectoryEntry).createReader();
    for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
      for (const child of batch) await collect(child, '', files);
    }
    return { folderName: single.name, files };
  }
  for (const entry of entries) await collect(entry, '', files);
  return { folderName: 'Dropped files', files };
}
