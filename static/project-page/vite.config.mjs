import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Forge serves the build from a sub-path: asset URLs must be relative.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: 'build', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
