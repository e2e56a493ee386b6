/** Saves a file the app generated (CSV, reports) through the host: a save dialog or the exports folder. */
import { callHost } from '../host/bridge';

/** Returns where the file was saved, or null when the user cancelled. */
export async function saveGeneratedFile(
  data: string | Uint8Array<ArrayBuffer>,
  fileName: string,
): Promise<string | null> {
  const result = await callHost('export.saveFile', { data, suggestedName: fileName });
  return 'savedTo' in result ? result.savedTo : null;
}
