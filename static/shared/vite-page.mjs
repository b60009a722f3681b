/**
 * The vite configuration of one Custom UI page (static/<page>/vite.config.mjs): the page's folder
 * as root, relative asset URLs (Forge serves a build from a sub-path), the design tokens as a static
 * stylesheet (Forge's CSP refuses injected <style> tags), the build in static/<page>/build, and the
 * page's size budget checked once the build is written (bundle-budget.mjs).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dsThemeCss } from './vite-theme.mjs';
import { overBudget } from './bundle-budget.mjs';

/** Fails the build when the page weighs more than its budget. */
function bundleBudget(page) {
  return {
    name: 'bundle-budget',
    writeBundle(_options, bundle) {
      const files = Object.values(bundle);
      const size = (file) => (file.type === 'chunk' ? Buffer.byteLength(file.code) : typeof file.source === 'string' ? Buffer.byteLength(file.source) : file.source.length);
      const entry = files.find((file) => file.type === 'chunk' && file.isEntry);
      const firstScripts = entry ? [entry, ...entry.imports.map((name) => bundle[name])] : [];
      const firstStyles = entry ? [...(entry.viteMetadata?.importedCss ?? [])].map((name) => bundle[name]) : [];
      const sum = (list) => list.reduce((total, file) => total + (file ? size(file) : 0), 0);
      const problems = overBudget(page, { entryScript: sum(firstScripts), entryStyles: sum(firstStyles), total: sum(files) });
      if (problems.length > 0) this.error(problems.join(' '));
    },
  };
}

/** `configUrl`: the page's vite.config.mjs (import.meta.url). */
export function pageConfig(configUrl) {
  return defineConfig({
    root: fileURLToPath(new URL('.', configUrl)),
    base: './',
    plugins: [react(), dsThemeCss(), bundleBudget(basename(fileURLToPath(new URL('.', configUrl))))],
    build: { outDir: 'build', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    logLevel: 'warn',
  });
}
