/// <reference lib="webworker" />
/** Groups the library into stories off the UI thread: it reads every article body. */
import { regroupLibrary } from '../../db/stories';

self.onmessage = async () => {
  try {
    const result = await regroupLibrary();
    self.postMessage({ ok: true, ...result });
  } catch (error) {
    self.postMessage({ ok: false, message: (error as Error).message });
  }
};
