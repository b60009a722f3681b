/** HTML of the preview's own pages: the index and the shell (switch bar + the app in an iframe, as in Jira). */
import { previewKeyTag } from './request-guard';
import type { PreviewOptions } from './types';

export type AppName = 'project-page' | 'portfolio';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A page of the preview's own; `key`: the run's key, carried by the shell (see request-guard.ts). */
export function page(title: string, body: string, key?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">${key === undefined ? '' : `\n${previewKeyTag(key)}`}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/preview/shell.css">
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
<script src="/preview/shell.js"></script>
</body>
</html>`;
}

export function indexPage(options: PreviewOptions): string {
  const user = options.users[0]?.alias ?? 'admin';
  const links = options.projects
    .map((project) => `<li><a href="/project-page/?project=${encodeURIComponent(project.key)}&amp;user=${encodeURIComponent(user)}">${escapeHtml(project.name)} (${escapeHtml(project.key)})</a></li>`)
    .join('\n');
  return page(
    'Backlog health preview',
    `<main class="index"><h1>Backlog health: local preview</h1>
<p><a href="/portfolio/?user=${encodeURIComponent(user)}">Portfolio of all projects</a></p>
<p><a href="/issue/?user=${encodeURIComponent(user)}">An issue, with the Backlog health panel</a> ·
<a href="/dashboard/?user=${encodeURIComponent(user)}">A dashboard, with Backlog health gadgets</a> ·
<a href="/coach/?user=${encodeURIComponent(user)}">The coach's actions</a></p>
<h2>Project pages</h2><ul>${links}</ul></main>`,
  );
}

/** A choice of the switch bar (changing it reloads the page with the new value: shell.js). */
export function select(name: string, label: string, choices: { value: string; text: string }[], value: string): string {
  return `<label>${label} <select name="${name}">${choices
    .map((choice) => `<option value="${escapeHtml(choice.value)}"${choice.value === value ? ' selected' : ''}>${escapeHtml(choice.text)}</option>`)
    .join('')}</select></label>`;
}

export function shellPage(app: AppName, query: URLSearchParams, options: PreviewOptions, key: string): string {
  const current = {
    project: query.get('project') ?? options.projects[0]?.key ?? '',
    user: query.get('user') ?? options.users[0]?.alias ?? '',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
  };
  const frameQuery = new URLSearchParams(query);
  if (app === 'project-page') frameQuery.set('project', current.project);
  frameQuery.set('user', current.user);
  frameQuery.set('theme', current.theme);
  const bar = [
    '<strong>Preview</strong>',
    app === 'project-page'
      ? select('project', 'Project', options.projects.map((p) => ({ value: p.key, text: `${p.name} (${p.key})` })), current.project)
      : '',
    select('user', 'Viewer', options.users.map((u) => ({ value: u.alias, text: u.label })), current.user),
    select('theme', 'Theme', [{ value: 'light', text: 'Light' }, { value: 'dark', text: 'Dark' }], current.theme),
    app === 'project-page' && options.demoSprints ? demoSprintControls() : '',
    app === 'project-page' ? '<a href="/portfolio/?user=' + encodeURIComponent(current.user) + '">Portfolio</a>' : '<a href="/">All projects</a>',
  ].join(' ');
  return page(
    app === 'portfolio' ? 'Portfolio (preview)' : `${current.project} (preview)`,
    `<form id="preview-bar" aria-label="Preview settings">${bar}</form>
<iframe title="Backlog health app" src="/app/${app}/index.html?${escapeHtml(frameQuery.toString())}"></iframe>`,
    key,
  );
}

/** The demo's sprint control: what its Scrum Master would do in Jira, for the sprint ledger to record (demo-sprints.ts). */
function demoSprintControls(): string {
  return `<span class="demo-sprint" role="group" aria-label="Demo sprint">Demo sprint:
<button type="button" data-demo-sprint="close">Close the running sprint</button>
<button type="button" data-demo-sprint="start">Start the next sprint</button>
<output id="demo-sprint-status" aria-live="polite"></output></span>`;
}
