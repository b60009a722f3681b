/**
 * The command line: `backlog-health audit ...` parsed with commander into an AuditRequest.
 * Commander never exits the process here: help and version end with code 0, every parsing
 * problem with code 2 (usage), and all its output goes to the injected streams.
 */
import { Command, CommanderError, Option } from 'commander';
import { OUTPUT_FORMATS, isOutputFormat } from '../../report/format';
import type { OutputFormat } from '../../report/format';
import { CliFailure, EXIT } from './exit-codes';
import type { CliIo } from './io';
import { SNAPSHOTS_KEPT } from '../../storage/project-stores';

export interface AuditRequest {
  projects: string[];
  all: boolean;
  settingsFile: string | null;
  format: OutputFormat;
  outFile: string | null;
  /** Requests in flight to Jira at once, and projects audited at once. */
  concurrency: number;
  quiet: boolean;
  /** Hidden --now: the moment the audit pretends to run at, for reproducible output. */
  now: Date | null;
  /** Where the site's history is kept: the default folder, the one --state names, or none (--no-state). */
  state: StateChoice;
}

export type StateChoice = { kind: 'default' } | { kind: 'folder'; folder: string } | { kind: 'none' };

export const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 16;

const HELP_AFTER = `
Where it reads from:
  With JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN set in the environment, it audits that Jira
  Cloud site (credentials are read from the environment only, and never printed or written).
  With none of them set, it audits a built-in demo site, served in-process; on it,
  BACKLOG_HEALTH_DEMO_FAULTS='{"rateLimitEveryN":5,"serverErrorRate":0.02}' makes the emulator
  answer 429s and 5xx (see the README for every setting).

Settings:
  --settings FILE is a JSON object keyed by project key, e.g. { "CALM": { "horizonSprints": 2 } }.
  Each project's values are laid over that project's own settings, so what the file leaves out
  stays as it was (objects merge key by key; lists, such as the people named as Product Owner,
  are replaced whole). On the demo site a project's own settings are the demo's; on a real site,
  where the settings saved in the app live in its Forge storage, they are the app's defaults.
  A file that does not validate is refused with the path and reason of each error.

History:
  The audit of a real site keeps the site's history between runs, as the app does: each
  project's last load, with the sprint goals seen so far (so the next audit reads only what
  changed, and everything again once a week), and one snapshot of the backlog order a day (the
  last ${SNAPSHOTS_KEPT}). Ordering stability compares today's order with the snapshots of about a week and four
  weeks before, so its figures appear once the history holds them.
  --state DIR   keeps it in DIR, one folder per site (a folder of another site is refused).
  By default    $XDG_STATE_HOME/backlog-health/SITE, else ~/.local/state/backlog-health/SITE
                (Windows: %LOCALAPPDATA%\\backlog-health\\state\\SITE), SITE being the site's host.
  --no-state    reads and keeps none.
  The folder holds the site's Jira data and is made private to you. The demo site is made afresh
  on every run, so it brings its own history and keeps none (--state is refused there). With the
  settings of the app's Settings tab (--settings), audits run every day compute every figure as
  the app does; run weekly, they still give the week-over-week and four-week figures.

Output:
  One --project gives that project's full report; json prints it exactly as
  docs/report.schema.json describes it. --all or several projects give a portfolio: the table,
  csv, markdown and html formats show one line per project (markdown and html then each project
  in full); json prints one audit document as docs/audit.schema.json describes it:
  { "schemaVersion": 1, "auditedAt", "site", "reports": [report, ...],
    "failures": [{ "projectKey", "message" }, ...] }, the projects that could not be audited
  listed in "failures" (and on stderr).
  Progress goes to stderr ("Reading CALM (2 of 7)…", then on a long audit, every few seconds,
  the step each project is at: "CALM: reading the history of 2400 issues, 70%"); --quiet turns
  it off. stdout holds the report only.

Exit codes:
  0  every project was audited
  1  the audit finished, but some project failed or is partial, or its history could not be kept
     (stderr says which)
  2  usage error: bad flags, a settings file that does not validate, an output file that cannot be
     written, a state folder that cannot be used (of another site, or in use by another audit)
  3  cannot reach Jira, or Jira did not accept the credentials

Examples:
  backlog-health audit --project CALM
  backlog-health audit --all --format html --out portfolio.html
  backlog-health audit --project CALM --project SPILL --settings settings.json --format markdown
  backlog-health audit --all --settings settings.json --state ~/audits/history --format html --out weekly.html`;

/** Parses argv (without "node" and the script). Returns the request, or the exit code of help/version/usage errors. */
export async function parseCommandLine(argv: string[], io: CliIo, version: string): Promise<AuditRequest | { exitCode: number }> {
  let request: AuditRequest | null = null;
  // --state and --no-state set the same value, so which of them were given is noted as they are read.
  const stateOptions = new Set<string>();
  // Commander echoes an unknown "--name=value" whole: the value may be a pasted secret (--api-token=...), so it is cut.
  const withoutOptionValues = (s: string) => s.replace(/(unknown option '[^'=]*)=[^']*'/g, "$1=...'");
  const output = { writeOut: (s: string) => void io.stdout.write(s), writeErr: (s: string) => void io.stderr.write(withoutOptionValues(s)) };

  const program = new Command()
    .name('backlog-health')
    .description('Backlog health and Scrum role signals for Jira Cloud projects.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .configureOutput(output)
    .exitOverride()
    .showHelpAfterError('(run with --help to see the options)');

  program
    .command('audit')
    .description('Audit projects and print their backlog health reports.')
    .helpOption('-h, --help', 'show this help')
    .option('-p, --project <KEY...>', 'project key to audit (repeat, or list several)', collectKeys)
    .option('-a, --all', 'audit every project the credentials can browse')
    .option('-s, --settings <FILE>', "JSON file of settings by project key, laid over each project's own (see Settings)")
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table'))
    .option('-o, --out <FILE>', 'write the output to FILE instead of stdout')
    .option('-c, --concurrency <N>', `requests to Jira at once, 1 to ${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY})`)
    .option('-q, --quiet', 'print no progress on stderr')
    .option('--state <DIR>', "keep the site's history between audits in DIR (see History)")
    .option('--no-state', 'keep no history: read none and write none')
    .addOption(new Option('--now <ISO>', 'pretend the audit runs at this moment (reproducible output)').hideHelp())
    .addHelpText('after', HELP_AFTER)
    .on('option:state', () => stateOptions.add('--state'))
    .on('option:no-state', () => stateOptions.add('--no-state'))
    .action((opts: Record<string, unknown>) => {
      if (stateOptions.size > 1) throw new CliFailure(EXIT.usage, 'Use either --state or --no-state, not both.');
      request = toRequest(opts);
    });
  program.addHelpText('after', HELP_AFTER);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CliFailure) {
      io.stderr.write(`${err.message}\n`);
      return { exitCode: err.exitCode };
    }
    if (err instanceof CommanderError) {
      const helpAsked = err.code === 'commander.helpDisplayed' || err.code === 'commander.version';
      return { exitCode: helpAsked ? EXIT.ok : EXIT.usage };
    }
    throw err;
  }
  if (!request) {
    // No command given: say what to run.
    io.stderr.write('Say what to do, e.g. "backlog-health audit --project KEY". Run "backlog-health --help" for more.\n');
    return { exitCode: EXIT.usage };
  }
  return request;
}

function collectKeys(value: string, previous: string[] | undefined): string[] {
  return (previous ?? []).concat(value.split(',').map((k) => k.trim()).filter(Boolean));
}

function toRequest(opts: Record<string, unknown>): AuditRequest {
  const projects = [...new Set(((opts.project as string[] | undefined) ?? []).map((k) => k.toUpperCase()))];
  const all = opts.all === true;
  if (all && projects.length) throw new CliFailure(EXIT.usage, 'Use either --project or --all, not both.');
  if (!all && projects.length === 0) throw new CliFailure(EXIT.usage, 'Say which projects to audit: --project KEY (repeatable) or --all.');
  for (const key of projects) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(key)) throw new CliFailure(EXIT.usage, `"${key}" is not a Jira project key (letters, digits and _, starting with a letter).`);
  }
  const format = String(opts.format);
  if (!isOutputFormat(format)) throw new CliFailure(EXIT.usage, `Unknown format "${format}". Use one of: ${OUTPUT_FORMATS.join(', ')}.`);
  const concurrencyText = opts.concurrency === undefined ? String(DEFAULT_CONCURRENCY) : String(opts.concurrency);
  const concurrency = Number(concurrencyText);
  if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new CliFailure(EXIT.usage, `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY} (got "${concurrencyText}").`);
  }
  let now: Date | null = null;
  if (typeof opts.now === 'string') {
    now = new Date(opts.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(opts.now) || Number.isNaN(now.getTime())) throw new CliFailure(EXIT.usage, `--now must be an ISO date-time, e.g. 2026-11-20T08:00:00Z (got "${opts.now}").`);
  }
  let state: StateChoice = { kind: 'default' };
  if (opts.state === false) state = { kind: 'none' };
  else if (typeof opts.state === 'string') {
    if (opts.state.trim() === '') throw new CliFailure(EXIT.usage, '--state needs a folder, e.g. --state ~/backlog-health-history.');
    state = { kind: 'folder', folder: opts.state };
  }
  return {
    projects,
    all,
    settingsFile: typeof opts.settings === 'string' ? opts.settings : null,
    format,
    outFile: typeof opts.out === 'string' ? opts.out : null,
    concurrency,
    quiet: opts.quiet === true,
    now,
    state,
  };
}
