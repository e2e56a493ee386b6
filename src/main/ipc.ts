/** Routes every contract call from the renderer to the shared dispatcher, from our page only. */
import { ipcMain } from 'electron';
import { INVOKE_CHANNEL } from '../shared/contract';
import { err } from '../shared/result';
import type { Dispatcher } from './services/dispatch';

export function registerContractHandlers(dispatch: Dispatcher): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, operation: unknown, args: unknown) => {
    if (!event.senderFrame?.url.startsWith('app://parallax/')) {
      return err('not-permitted', 'Calls are accepted only from the Parallax window.');
    }
    return dispatch(operation, args);
  });
}
