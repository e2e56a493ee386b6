/** The renderer's typed client for the host contract (Electron's preload or the Chromium host's). */
import type {
  OperationArgs,
  OperationName,
  OperationResult,
  ParallaxBridge,
} from '../../../shared/contract';
import { HostError } from './host-error';

export { HostError };

declare global {
  interface Window {
    parallax?: ParallaxBridge;
  }
}

export function hasHost(): boolean {
  return Boolean(window.parallax);
}

/** Calls a host operation and returns its value, or throws HostError with the host's message. */
export async function callHost<K extends OperationName>(
  operation: K,
  args: OperationArgs<K>,
): Promise<OperationResult<K>> {
  const bridge = window.parallax;
  if (!bridge) {
    throw new HostError(
      'unsupported',
      'Parallax is not connected to its host. Start it with npm start.',
    );
  }
  const result = await bridge.invoke(operation, args);
  if (!result.ok) throw new HostError(result.error.code, result.error.message);
  return result.value;
}
