/**
 * A vite plugin that serves `virtual:ds-theme.css`: the Atlassian design tokens (light, dark, spacing,
 * typography, shape) as one static stylesheet. Forge's Custom UI CSP refuses injected <style> tags, so the
 * tokens ship as a normal CSS file. Colours follow `data-color-mode` on <html> (set by view.theme.enable()
 * in Jira and by the preview's host script), and do not depend on the exact `data-theme` string.
 * No web font is loaded: the typography tokens fall back to the system font stack, so nothing external.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const VIRTUAL_ID = 'virtual:ds-theme.css';
const RESOLVED_ID = '\0virtual:ds-theme.css';

function themeBody(name) {
  const css = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`).default;
  const open = css.indexOf('{');
  const close = css.lastIndexOf('}');
  if (open < 0 || close < open) throw new Error(`Unexpected token theme shape: ${name}`);
  return css.slice(open + 1, close);
}

export function buildThemeCss() {
  return [
    `:root {${themeBody('atlassian-spacing')}${themeBody('atlassian-typography')}${themeBody('atlassian-shape')}}`,
    `html:not([data-color-mode="dark"]) {${themeBody('atlassian-light')}}`,
    `html[data-color-mode="dark"] {${themeBody('atlassian-dark')}}`,
    `html[data-color-mode="dark"] { color-scheme: dark; }`,
  ].join('\n');
}

export function dsThemeCss() {
  return {
    name: 'ds-theme-css',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      return id === RESOLVED_ID ? buildThemeCss() : null;
    },
  };
}
