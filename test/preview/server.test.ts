import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_CSP, startPreview, type PreviewBackend, type PreviewServer } from '../../src/local/preview';
import { HOST_BRIDGE_TAG, injectHostBridge, safeJoin } from '../../src/local/preview/static-files';
import { postAsOwnPage, previewKey } from './own-page';

describe('static files', () => {
  it('puts the host bridge first in <head>', () => {
    expect(injectHostBridge('<html><head><title>x</title></head></html>', 'k3y')).toBe(
      `<html><head>\n    <meta name="backlog-health-preview-key" content="k3y">${HOST_BRIDGE_TAG}<title>x</title></head></html>`,
    );
  });
  it('refuses paths that leave the build folder', () => {
    expect(safeJoin('/srv/build', 'assets/a.js')).toBe('/srv/build/assets/a.js');
    expect(safeJoin('/srv/build', '../secret')).toBeNull();
    expect(safeJoin('/srv/build', '%2e%2e/secret')).toBeNull();
    expect(safeJoin('/srv/build', '%E0%A4%A')).toBeNull();
  });
});

describe('preview server', () => {
  const calls: { functionKey: string; payload: unknown; ctx: unknown }[] = [];
  const backend: PreviewBackend = {
    async invoke(functionKey, payload, ctx) {
      calls.push({ functionKey, payload, ctx });
      if (functionKey === 'explode') throw new Error('bad handler');
      return { echoed: payload };
    },
  };
  let server: PreviewServer;
  const root = mkdtempSync(join(tmpdir(), 'preview-'));
  mkdirSync(join(root, 'portfolio', 'build', 'assets'), { recursive: true });
  writeFileSync(join(root, 'portfolio', 'build', 'index.html'), '<!doctype html><html><head><title>p</title></head><body></body></html>');
  writeFileSync(join(root, 'portfolio', 'build', 'assets', 'app.js'), 'console.log(1)');

  beforeAll(async () => {
    server = await startPreview({
      backend,
      projects: [{ key: 'CALM', name: 'Calm' }],
      users: [
        { alias: 'admin', accountId: 'acc-1', label: 'Admin' },
        { alias: 'viewer', accountId: 'acc-2', label: 'Viewer' },
      ],
      siteUrl: 'http://127.0.0.1:1',
      staticRoot: root,
      gadgets: [{ id: 'team', title: 'Our team', configuration: { projectKeys: ['CALM'] } }],
      issues: [{ key: 'CALM-4', summary: 'Pay by card' }],
    });
  });
  afterAll(() => server.stop());

  const invoke = (body: unknown) => postAsOwnPage(server.url, body).then(async (r) => ({ status: r.status, body: await r.json() }));

  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('routes invoke to the backend with the simulated Forge context', async () => {
    calls.length = 0;
    const answer = await invoke({ functionKey: 'getReport', payload: { boardId: 3 }, context: { project: 'CALM', user: 'viewer' } });
    expect(answer).toEqual({ status: 200, body: { echoed: { boardId: 3 } } });
    expect(calls).toEqual([{ functionKey: 'getReport', payload: { boardId: 3 }, ctx: { accountId: 'acc-2', projectKey: 'CALM' } }]);
  });

  it('takes the first user when none is named, and a raw account id as is', async () => {
    calls.length = 0;
    await invoke({ functionKey: 'getPortfolio', payload: {}, context: {} });
    await invoke({ functionKey: 'getPortfolio', payload: {}, context: { user: 'acc-9' } });
    expect(calls.map((call) => call.ctx)).toEqual([
      { accountId: 'acc-1', projectKey: null },
      { accountId: 'acc-9', projectKey: null },
    ]);
  });

  it('answers a simulated failure with an error value without calling the backend', async () => {
    calls.length = 0;
    const answer = await invoke({ functionKey: 'getReport', payload: {}, context: { project: 'CALM' }, simulateFailure: true });
    expect(answer.body.error.code).toBe('jira-unavailable');
    expect(calls).toEqual([]);
  });

  it('turns a throwing handler into an error value', async () => {
    const answer = await invoke({ functionKey: 'explode', payload: {}, context: {} });
    expect(answer).toEqual({ status: 200, body: { error: { code: 'internal', message: 'The explode call failed: bad handler' } } });
  });

  it('refuses a body that is not JSON', async () => {
    const headers = { 'content-type': 'application/json', 'x-preview-key': await previewKey(server.url) };
    const response = await fetch(`${server.url}/api/invoke`, { method: 'POST', headers, body: '{nope' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid-input');
  });

  it("serves a build with the host bridge and Forge's CSP, and refuses paths outside it", async () => {
    const page = await fetch(`${server.url}/app/portfolio/index.html?user=admin`);
    expect(page.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(await page.text()).toContain(HOST_BRIDGE_TAG);
    const script = await fetch(`${server.url}/app/portfolio/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${server.url}/app/portfolio/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/app/portfolio/missing.js`)).status).toBe(404);
  });

  it('serves the host bridge script and a shell page with the switch bar and the app frame', async () => {
    expect((await fetch(`${server.url}/preview/host-bridge.js`)).status).toBe(200);
    const shell = await (await fetch(`${server.url}/project-page/?project=CALM&user=viewer&theme=dark`)).text();
    expect(shell).toContain('<iframe title="Backlog health app" src="/app/project-page/index.html?project=CALM&amp;user=viewer&amp;theme=dark">');
    expect(shell).toContain('<option value="viewer" selected>Viewer</option>');
    expect(shell).toContain('<option value="dark" selected>Dark</option>');
  });

  it('gives the issue view its issue, and a gadget the configuration it keeps for it, in the call context', async () => {
    calls.length = 0;
    await invoke({ functionKey: 'getIssueContext', payload: {}, context: { project: 'CALM', user: 'viewer', issue: 'CALM-4' } });
    await invoke({ functionKey: 'getGadget', payload: {}, context: { user: 'viewer', gadget: 'team' } });
    await invoke({ functionKey: 'getGadget', payload: {}, context: { user: 'viewer', gadget: 'elsewhere' } });
    expect(calls.map((call) => call.ctx)).toEqual([
      { accountId: 'acc-2', projectKey: 'CALM', issueKey: 'CALM-4' },
      { accountId: 'acc-2', projectKey: null, gadgetConfiguration: { projectKeys: ['CALM'] } },
      { accountId: 'acc-2', projectKey: null, gadgetConfiguration: undefined },
    ]);
  });

  it("keeps what a gadget's edit view submits, for that gadget only, and gives it to the gadget's context", async () => {
    const save = (body: unknown) => postAsOwnPage(server.url, body, '/api/gadget-config').then(async (r) => ({ status: r.status, body: await r.json() }));
    expect(await save({ gadget: 'team', configuration: { projectKeys: ['CALM', 'OTHER'] } })).toEqual({ status: 200, body: { saved: true } });
    const context = await (await postAsOwnPage(server.url, { context: { user: 'admin', gadget: 'team' } }, '/api/context')).json();
    expect(context).toEqual({ accountId: 'acc-1', gadgetConfiguration: { projectKeys: ['CALM', 'OTHER'] } });
    expect(await save({ gadget: 'nowhere', configuration: {} })).toMatchObject({ status: 400, body: { error: { message: 'There is no such gadget on the preview dashboard.' } } });
    expect(await save({ gadget: 'team', configuration: ['CALM'] })).toMatchObject({ status: 400, body: { error: { message: 'A gadget configuration is a JSON object.' } } });
    await save({ gadget: 'team', configuration: { projectKeys: ['CALM'] } });
  });

  it('shows an issue with the issue view beside it, a dashboard with its gadgets, and the coach panel with the agent\'s instructions', async () => {
    const issue = await (await fetch(`${server.url}/issue/?user=viewer&theme=dark`)).text();
    expect(issue).toContain('<h1>Pay by card</h1>');
    expect(issue).toContain('style="width:380px" title="Backlog health for CALM-4" src="/app/issue-context/index.html?project=CALM&amp;issue=CALM-4&amp;user=viewer&amp;theme=dark"');
    const dashboard = await (await fetch(`${server.url}/dashboard/?user=viewer&edit=team`)).text();
    expect(dashboard).toContain('<iframe title="Our team" src="/app/gadget/index.html?gadget=team&amp;user=viewer&amp;theme=light&amp;edit=1">');
    const coach = await (await fetch(`${server.url}/coach/?project=CALM&user=viewer&prompt=${encodeURIComponent('Help with "Sprints ending unfinished"')}`)).text();
    expect(coach).toContain('The conversation opens with: <q>Help with &quot;Sprints ending unfinished&quot;</q>');
    expect(coach).toContain('<option value="coachSprintReport">Sprint report (sprint-report)</option>');
    expect(coach).toContain('What you must not conclude:');
    expect((await fetch(`${server.url}/preview/coach.js`)).status).toBe(200);
  });

  it('tells the host script where issue links go', async () => {
    const config = await (await fetch(`${server.url}/api/preview-config`)).json();
    expect(config).toEqual({ siteUrl: 'http://127.0.0.1:1', projects: [{ key: 'CALM', name: 'Calm' }], users: [{ alias: 'admin', label: 'Admin' }, { alias: 'viewer', label: 'Viewer' }] });
  });
});
