import packageJson from '../../package.json';
import { runChild, runInProcess } from './helpers';

const OPTIONS = ['--project <KEY...>', '--all', '--settings <FILE>', '--format <format>', '--out <FILE>', '--concurrency <N>', '--quiet', '--state <DIR>', '--no-state', '--help'];

describe('backlog-health --help and --version', () => {
  it('lists every audit option, the formats and the exit codes, and exits 0', async () => {
    const run = await runInProcess(['audit', '--help']);
    expect(run.code).toBe(0);
    for (const option of OPTIONS) expect(run.stdout).toContain(option);
    expect(run.stdout).toMatch(/choices: "table", "json", "csv",\s+"markdown", "html"/);
    expect(run.stdout).toContain('0  every project was audited');
    expect(run.stdout).toContain('1  the audit finished, but some project failed or is partial');
    expect(run.stdout).toContain('2  usage error');
    expect(run.stdout).toContain('3  cannot reach Jira');
    expect(run.stdout).toContain('json prints it exactly as\n  docs/report.schema.json describes it');
    expect(run.stdout).toContain('json prints one audit document as docs/audit.schema.json describes it');
    expect(run.stdout).toContain("Each project's values are laid over that project's own settings");
    expect(run.stdout).toContain(`BACKLOG_HEALTH_DEMO_FAULTS='{"rateLimitEveryN":5,"serverErrorRate":0.02}'`);
    // Where the history is kept when --state is not given (src/local/cli/state-location.ts).
    expect(run.stdout).toContain('By default    $XDG_STATE_HOME/backlog-health/SITE, else ~/.local/state/backlog-health/SITE');
    expect(run.stdout).toContain('(Windows: %LOCALAPPDATA%\\backlog-health\\state\\SITE)');
    expect(run.stdout).not.toContain('--now');
    expect(run.stderr).toBe('');
  });

  it('prints the help from the launcher as a child process', async () => {
    const run = await runChild(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: backlog-health [options] [command]');
    expect(run.stdout).toContain('audit [options]');
    expect(run.stdout).toContain('JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN');
  });

  it('prints the package version', async () => {
    const run = await runInProcess(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${packageJson.version}\n`);
  });
});
