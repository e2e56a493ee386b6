/**
 * The Chromium host's preload: the same window.parallax contract as Electron's, carried over
 * the page binding the host installs. Runs as a plain script before the page's own code.
 */
import { isOperationName } from '../shared/contract/operations';
import { fromWire, toWire } from '../shared/contract/wire';
import type { ParallaxBridge } from '../shared/contract';

type Binding = (operation: string, payload: unknown) => Promise<unknown>;

const BINDING_NAME = '__parallaxInvoke';

const bridge: ParallaxBridge = {
  invoke: async (operation, args) => {
    const binding = (window as unknown as Record<string, Binding | undefined>)[BINDING_NAME];
    if (!isOperationName(operation) || !binding) {
      return {
        ok: false,
        error: { code: 'unknown-operation', message: `Unknown operation ${String(operation)}.` },
      };
    }
    return fromWire(await binding(operation, toWire(args))) as never;
  },
};

Object.defineProperty(window, 'parallax', {
  value: Object.freeze(bridge),
  writable: false,
  configurable: false,
});
