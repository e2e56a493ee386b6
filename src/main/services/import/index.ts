/** The import pipeline's entry points, as the hosts and the CLI use them. */
export { parseFile } from './parse-file';
export { walkFolder } from './walk-folder';
export { importFolder, FolderUnreadableError } from './import-folder';
export { MAX_IMPORT_FILE_BYTES as MAX_FILE_BYTES } from '../../../shared/limits';
