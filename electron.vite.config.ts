import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build serves both hosts: out/main holds the Electron entry and the Chromium host
// (plain Node) side by side, and out/renderer is the same page for both.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'chromium-host': resolve('src/chromium-host/index.ts'),
          'parse-worker': resolve('src/main/services/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    // Sandboxed preloads must be one CommonJS file with no node_modules requires.
    // (The Chromium host's preload is built by vite.browser-preload.config.ts.)
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react()],
    // Workers are ES modules (the search worker imports sqlite-wasm, whose .wasm Vite emits).
    worker: { format: 'es' },
    optimizeDeps: { exclude: ['@sqlite.org/sqlite-wasm'] },
  },
});
