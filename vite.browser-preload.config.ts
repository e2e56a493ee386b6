import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The Chromium host's preload: one classic script injected before the page's own code,
// so it is built on its own as an IIFE rather than as a chunked module.
export default defineConfig({
  build: {
    outDir: 'out/preload',
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: resolve('src/preload/browser.ts'),
      formats: ['iife'],
      name: 'ParallaxBrowserPreload',
      fileName: () => 'browser.js',
    },
  },
});
