/**
 * The workbench build: web/ in, dist/web/ out (served by src/server/web.ts). Asset names carry
 * their content hash, which is what lets the server cache them for good.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The page's CSP allows scripts from the server only: no inline module-preload helper.
    modulePreload: { polyfill: false },
  },
});
