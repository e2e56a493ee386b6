/**
 * When an import reads a whole list of the library's keys once (band keys, content hashes) rather
 * than looking up each imported file's keys: while the library holds at most this many rows per
 * file to import, reading a row costs far less than the lookups an imported file would need.
 */
const LIBRARY_ROWS_PER_IMPORTED_FILE = 16;

export function readsWholeLibrary(libraryRows: number, filesToImport: number): boolean {
  return libraryRows <= filesToImport * LIBRARY_ROWS_PER_IMPORTED_FILE;
}
