// Builds the kiosk screens (src/renderer) into dist/renderer, which the browser host and Electron serve.
// Preact's JSX is compiled by Vite's own transformer: no Babel plugin needed.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // Voice prompts stay files (cacheable, replaceable); never inlined into the bundle.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
});
