/** Limits shared by the hosts and the renderer. */

/** Larger files are refused with a clear reason instead of being read into memory. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
