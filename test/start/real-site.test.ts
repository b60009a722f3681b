/**
 * `npm start` against a real Jira site (JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN), with the
 * standalone emulator (src/local/emulator/main.ts, serving the demo workspace from a file) as that
 * site: both run as their own processes, the preview lists the site's projects and builds a report
 * from it, and the token shows nowhere.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ADMIN, generateDemo } from '../../src/local/demo';
import { postAsOwnPage } from '../preview/own-page';
import { localEnv, spawnTsx, type Spawned } from './spawned';

const demo = generateDemo({ now: new Date() });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the preview's JSON answers, read by path below
async function invoke(previewUrl: string, functionKey: string, project: string): Promise<any> {
  const response = await postAsOwnPage(previewUrl, { functionKey, payload: {}, context: { project, user: 'admin' } });
  return response.json();
}

describe('npm start with JIRA_* pointing at a standalone emulator', () => {
  const running: Spawned[] = [];
  afterAll(async () => {
    for (const process of running) await process.stop();
  });

  test('lists the site\'s projects, builds a report from the site, and never shows the token', async () => {
    const workspaceFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bh-site-')), 'site.json');
    writeFileSync(workspaceFile, JSON.stringify(demo.workspace));
    const site = spawnTsx('src/local/emulator/main.ts', ['--workspace', workspaceFile, '--port', '0'], localEnv());
    running.push(site);
    const siteUrl = (await site.waitFor(/ at (http:\/\/127\.0\.0\.1:\d+) \(Ctrl\+C to stop\)/))[1];

    const token = DEMO_ADMIN.apiToken;
    const preview = spawnTsx('src/local/start.ts', [], localEnv({ JIRA_BASE_URL: siteUrl, JIRA_EMAIL: DEMO_ADMIN.emailAddress, JIRA_API_TOKEN: token, PREVIEW_PORT: '0' }));
    running.push(preview);
    await preview.waitFor(/^Portfolio: \S+$/m);
    const previewUrl = /^Backlog health preview: (\S+)\/$/m.exec(preview.stdout())![1];
    const listed = [...preview.stdout().matchAll(/^ {2}([A-Z][A-Z0-9_]*) +(\S+)$/gm)].map((m) => ({ key: m[1], url: m[2] }));
    expect(listed.map((p) => p.key).sort()).toEqual(demo.workspace.projects.map((p) => p.key).sort());
    expect(listed.find((p) => p.key === 'FLOW')?.url).toBe(`${previewUrl}/project-page/?project=FLOW&user=admin`);

    // The first ask starts the build; ask again until it is done (bounded by the test's timeout).
    let answer = await invoke(previewUrl, 'getReport', 'FLOW');
    while (!['done', 'failed'].includes(answer.refresh?.state)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await invoke(previewUrl, 'getReport', 'FLOW');
    }
    expect(answer.refresh.state).toBe('done');
    expect(answer.report.project).toEqual({ key: 'FLOW', name: demo.workspace.projects.find((p) => p.key === 'FLOW')!.name });
    expect(answer.report.site).toBe(new URL(siteUrl).host);
    expect(answer.report.board.type).toBe('kanban');
    expect(answer.report.partial).toBeNull();

    for (const output of [preview.stdout(), preview.stderr(), site.stdout(), site.stderr()]) expect(output).not.toContain(token);
  }, 60_000);
});
