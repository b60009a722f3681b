/**
 * The vite configuration of one Custom UI page (static/<page>/vite.config.mjs): the page's folder
 * as root, relative asset URLs (Forge serves a build from a sub-path), the design tokens as a static
 * stylesheet (Forge's CSP refuses injected <style> tags), and the build in static/<page>/build.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dsThemeCss } from './vite-theme.mjs';

/** `configUrl`: the page's vite.config.mjs (import.meta.url). */
export function pageConfig(configUrl) {
  return defineConfig({
    root: fileURLToPath(new URL('.', configUrl)),
    base: './',
    plugins: [react(), dsThemeCss()],
    build: { outDir: 'build', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    logLevel: 'warn',
  });
}
