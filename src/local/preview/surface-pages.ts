/**
 * The preview's stand-ins for the places Jira shows the app outside its own pages: an issue with the
 * "Backlog health" panel beside it (the issue view's build in a frame as wide as Jira's right-hand
 * column), a dashboard with two gadgets (the gadget's build, or its edit view), and a small panel
 * that calls the coach's actions as the Rovo agent would, with the agent's instructions beside it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COACH_ACTIONS } from '../../shared/coach-contracts';
import type { GadgetConfigurations } from './gadget-store';
import { escapeHtml, page, select } from './pages';
import type { PreviewOptions } from './types';

export type SurfaceName = 'issue' | 'dashboard' | 'coach';

/** The coach's instructions, as manifest.yml gives them to the agent. */
const COACH_PROMPT = join(__dirname, '..', '..', '..', 'resources', 'coach-agent', 'prompt.txt');

/** Jira's right-hand column, where the issue view's panel sits, is about this wide. */
export const ISSUE_PANEL_WIDTH = 380;

const ACTION_NAMES: Record<(typeof COACH_ACTIONS)[number], string> = {
  coachHealthSummary: 'Health summary (health-summary)',
  coachSignalEvidence: 'Evidence of a signal (signal-evidence)',
  coachItemsNotReady: 'Items not ready (items-not-ready)',
  coachSprintReport: 'Sprint report (sprint-report)',
};

interface Current {
  project: string;
  user: string;
  theme: string;
}

function currentOf(query: URLSearchParams, options: PreviewOptions): Current {
  return {
    project: query.get('project') ?? options.projects[0]?.key ?? '',
    user: query.get('user') ?? options.users[0]?.alias ?? '',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

function bar(current: Current, options: PreviewOptions, extra: string[]): string {
  return [
    '<strong>Preview</strong>',
    ...extra,
    select('user', 'Viewer', options.users.map((u) => ({ value: u.alias, text: u.label })), current.user),
    select('theme', 'Theme', [{ value: 'light', text: 'Light' }, { value: 'dark', text: 'Dark' }], current.theme),
    '<a href="/">All pages</a>',
  ].join(' ');
}

const projectChoice = (current: Current, options: PreviewOptions) =>
  select('project', 'Project', options.projects.map((p) => ({ value: p.key, text: `${p.name} (${p.key})` })), current.project);

function frameSrc(app: string, params: Record<string, string>): string {
  return escapeHtml(`/app/${app}/index.html?${new URLSearchParams(params).toString()}`);
}

function issuePage(query: URLSearchParams, options: PreviewOptions, key: string): string {
  const current = currentOf(query, options);
  const issues = options.issues ?? [];
  const issue = (query.get('issue') ?? issues.find((i) => i.key.startsWith(`${current.project}-`))?.key ?? `${current.project}-1`).toUpperCase();
  const project = issue.replace(/-\d+$/, '');
  const summary = issues.find((i) => i.key === issue)?.summary ?? '';
  const choice = `<label>Issue <input name="issue" value="${escapeHtml(issue)}" size="10" list="preview-issues"></label><datalist id="preview-issues">${issues
    .map((i) => `<option value="${escapeHtml(i.key)}">${escapeHtml(i.summary)}</option>`)
    .join('')}</datalist>`;
  const src = frameSrc('issue-context', { project, issue, user: current.user, theme: current.theme });
  return page(
    `${issue} (preview)`,
    `<form id="preview-bar" aria-label="Preview settings">${bar(current, options, [choice])}</form>
<main class="surface issue-layout"><section class="issue-main"><p class="muted">${escapeHtml(project)} / ${escapeHtml(issue)}</p><h1>${escapeHtml(summary || issue)}</h1>
<p class="muted">Jira shows the issue's description, activity and fields here. The app's panel sits in the right-hand column.</p></section>
<aside class="issue-side"><h2>Backlog health</h2><iframe class="panel" style="width:${ISSUE_PANEL_WIDTH}px" title="Backlog health for ${escapeHtml(issue)}" src="${src}"></iframe></aside></main>`,
    key,
  );
}

function dashboardPage(query: URLSearchParams, options: PreviewOptions, key: string, gadgets: GadgetConfigurations): string {
  const current = currentOf(query, options);
  const editing = query.get('edit');
  const frames = gadgets.gadgets
    .map((gadget) => {
      const params: Record<string, string> = { gadget: gadget.id, user: current.user, theme: current.theme, ...(editing === gadget.id ? { edit: '1' } : {}) };
      const back = new URLSearchParams({ user: current.user, theme: current.theme });
      const toggle = editing === gadget.id ? `<a href="/dashboard/?${escapeHtml(back.toString())}">Close the settings</a>` : `<a href="/dashboard/?${escapeHtml(new URLSearchParams({ ...Object.fromEntries(back), edit: gadget.id }).toString())}">Edit</a>`;
      return `<section class="gadget-frame"><header><h2>${escapeHtml(gadget.title)}</h2>${toggle}</header><iframe title="${escapeHtml(gadget.title)}" src="${frameSrc('gadget', params)}"></iframe></section>`;
    })
    .join('\n');
  return page('Dashboard (preview)', `<form id="preview-bar" aria-label="Preview settings">${bar(current, options, [])}</form>\n<main class="surface dashboard">${frames}</main>`, key);
}

async function coachPage(query: URLSearchParams, options: PreviewOptions, key: string): Promise<string> {
  const current = currentOf(query, options);
  const opening = query.get('prompt');
  const instructions = await readFile(COACH_PROMPT, 'utf8');
  const actions = COACH_ACTIONS.map((name) => `<option value="${name}">${escapeHtml(ACTION_NAMES[name])}</option>`).join('');
  return page(
    'The coach (preview)',
    `<form id="preview-bar" aria-label="Preview settings">${bar(current, options, [projectChoice(current, options)])}</form>
<main class="surface coach" data-project="${escapeHtml(current.project)}" data-user="${escapeHtml(current.user)}">
<h1>The coach's actions</h1>
<p>In Jira, the Rovo agent "Backlog health coach" calls these actions and answers from them. Here you call them yourself, as the viewer chosen above.</p>
${opening ? `<p class="opening" data-testid="coach-opening">The conversation opens with: <q>${escapeHtml(opening)}</q></p>` : ''}
<form id="coach-form"><label>Action <select name="action">${actions}</select></label>
<label>Signal (title or id) <input name="signal"></label> <label>Sprint (name or id) <input name="sprint"></label>
<button type="submit">Ask</button></form>
<section aria-live="polite" id="coach-answer"></section>
<details><summary>The agent's instructions</summary><pre>${escapeHtml(instructions)}</pre></details>
</main><script src="/preview/coach.js"></script>`,
    key,
  );
}

export async function surfacePage(name: SurfaceName, query: URLSearchParams, options: PreviewOptions, access: { key: string; gadgets: GadgetConfigurations }): Promise<string> {
  if (name === 'issue') return issuePage(query, options, access.key);
  if (name === 'dashboard') return dashboardPage(query, options, access.key, access.gadgets);
  return coachPage(query, options, access.key);
}
