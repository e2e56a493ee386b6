/** Electron preload: exposes exactly the contract on window.parallax, and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, isOperationName } from '../shared/contract/operations';
import type { ParallaxBridge } from '../shared/contract';

const bridge: ParallaxBridge = {
  invoke: (operation, args) => {
    if (!isOperationName(operation)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-operation', message: `Unknown operation ${String(operation)}.` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, operation, args);
  },
};

contextBridge.exposeInMainWorld('parallax', bridge);
