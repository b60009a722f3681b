import { cleanEnv, runChild, runInProcess } from './helpers';

describe('usage errors exit 2 with a plain message', () => {
  it('refuses an unknown format (child process)', async () => {
    const run = await runChild(['audit', '--project', 'CALM', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'xml' is invalid. Allowed choices are table, json, csv, markdown, html.");
    expect(run.stdout).toBe('');
  });

  it('refuses an unknown format in-process too', async () => {
    const run = await runInProcess(['audit', '--all', '-f', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'pdf' is invalid");
  });

  it('asks which projects when none is given, and refuses --all with --project', async () => {
    const none = await runInProcess(['audit']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('Say which projects to audit: --project KEY (repeatable) or --all.\n');
    const both = await runInProcess(['audit', '--all', '--project', 'CALM']);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('Use either --project or --all, not both.\n');
  });

  it('refuses a bad project key, concurrency, --now or an unknown flag', async () => {
    expect((await runInProcess(['audit', '-p', 'not a key'])).code).toBe(2);
    const concurrency = await runInProcess(['audit', '--all', '--concurrency', '2.5']);
    expect(concurrency.code).toBe(2);
    expect(concurrency.stderr).toBe('--concurrency must be a whole number from 1 to 16 (got "2.5").\n');
    const now = await runInProcess(['audit', '--all', '--now', 'yesterday']);
    expect(now.code).toBe(2);
    expect(now.stderr).toContain('--now must be an ISO date-time');
    const unknown = await runInProcess(['audit', '--all', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--colour'");
  });

  it('asks for the missing credential variables without echoing the token', async () => {
    const token = 'tok-PARTIAL-credentials-9f8e7d';
    const run = await runInProcess(['audit', '--all'], { JIRA_API_TOKEN: token, JIRA_EMAIL: 'coach@example.com' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing: JIRA_BASE_URL');
    expect(run.stderr + run.stdout).not.toContain(token);
  });

  it('refuses BACKLOG_HEALTH_DEMO_FAULTS that does not validate, or with a real site, before reading anything', async () => {
    const bad = await runInProcess(['audit', '--all'], cleanEnv({ BACKLOG_HEALTH_DEMO_FAULTS: '{"serverErrorRate":5}' }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('BACKLOG_HEALTH_DEMO_FAULTS was not used: serverErrorRate must be a number from 0 to 1 (0.02 is 2%) (got 5).\n');
    expect(bad.stdout).toBe('');
    const real = await runInProcess(['audit', '--all'], cleanEnv({ JIRA_BASE_URL: 'http://127.0.0.1:9', JIRA_EMAIL: 'coach@example.com', JIRA_API_TOKEN: 'tok-real-site-1234', BACKLOG_HEALTH_DEMO_FAULTS: '{"rateLimitEveryN":5}' }));
    expect(real.code).toBe(2);
    expect(real.stderr).toBe('BACKLOG_HEALTH_DEMO_FAULTS is for the built-in demo site only, and JIRA_BASE_URL names a real site: unset one of them.\n');
  });

  it('says what to run when no command is given', async () => {
    const run = await runInProcess([]);
    expect(run.code).toBe(2);
  });
});
