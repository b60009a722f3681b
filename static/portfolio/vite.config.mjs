import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dsThemeCss } from '../shared/vite-theme.mjs';

// Forge serves the build from a sub-path: asset URLs must be relative.
// Design tokens ship as a static stylesheet (Forge's CSP refuses injected <style> tags).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), dsThemeCss()],
  build: { outDir: 'build', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
