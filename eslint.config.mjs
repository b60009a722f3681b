/**
 * ESLint (flat config), run by `npm run lint` and so by `npm test`: the recommended JavaScript and
 * typescript-eslint rules (syntax only, no type information, which keeps the run to seconds) and the
 * React hooks rules for the pages. A rule is switched off for a line only with the reason beside it.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** `eslint-disable` comments must say why, after ` -- ` (ESLint's own place for a description). */
const disableNeedsReason = {
  meta: { type: 'suggestion', messages: { reason: 'Say why beside the eslint-disable comment, after " -- ".' }, schema: [] },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) context.report({ loc: comment.loc, messageId: 'reason' });
        }
      },
    };
  },
};

export default defineConfig([
  { ignores: ['node_modules/', 'static/*/build/', 'test-artifacts/', 'coverage/', '.local-data/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { plugins: { local: { rules: { 'disable-needs-reason': disableNeedsReason } } }, rules: { 'local/disable-needs-reason': 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore names a value that is left out on purpose (`{ partial: _partial, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: ['src/**/*.ts', 'test/**/*.ts', '**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
  { files: ['static/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended], languageOptions: { globals: globals.browser } },
  // The preview's host scripts run in the page as classic scripts.
  { files: ['src/local/preview/assets/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
  // CommonJS files (the npm launcher) can only load modules with require().
  { files: ['**/*.cjs'], languageOptions: { globals: globals.node, sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
]);
