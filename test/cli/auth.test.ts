/**
 * Credentials come from the environment only and never show: against a local server that
 * answers 401 to everything, the audit exits 3, names the base URL, and the token appears in no
 * output, message or file.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, runChild, runInProcess } from './helpers';

const TOKEN = 'ATATT3xFfGF0-secret-token-0123456789';
const EMAIL = 'coach@example.com';

describe('a Jira site that refuses the credentials', () => {
  let server: Server;
  let baseUrl: string;
  const authHeaders: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      authHeaders.push(String(req.headers.authorization ?? ''));
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const env = () => cleanEnv({ JIRA_BASE_URL: baseUrl, JIRA_EMAIL: EMAIL, JIRA_API_TOKEN: TOKEN });

  it('exits 3 for --all, names the site, and never shows the token', async () => {
    const run = await runInProcess(['audit', '--all', '--quiet'], env(), { clientOptions: { sleep: async () => undefined } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`Cannot audit ${baseUrl}:`);
    expect(run.stderr).toContain('Check that JIRA_EMAIL and JIRA_API_TOKEN belong to a user of this site');
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.stderr).not.toContain(Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64'));
    // The token did go to the server, in the Authorization header only.
    expect(authHeaders.at(-1)).toBe(`Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`);
  });

  it('exits 3 for one --project as a child process, writing no output file', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bh-auth-')), 'report.json');
    const run = await runChild(['audit', '--project', 'CALM', '--format', 'json', '--out', out], env());
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(baseUrl);
    expect(run.stderr).toContain('Reading CALM (1 of 1)…');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(existsSync(out)).toBe(false);
  });

  it('hides the token even where a message would quote it', async () => {
    // A project key cannot carry the token, but the redactor is the last line of defence:
    // a settings file path that contains it is quoted in the error and must come out hidden.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bh-auth-'));
    const run = await runInProcess(['audit', '--all', '--settings', path.join(dir, `${TOKEN}.json`)], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[hidden].json');
    expect(run.stderr).not.toContain(TOKEN);
  });
});
