/**
 * runCli: the whole `backlog-health` run, from argv to exit code, with injectable streams and
 * environment so tests can run it in-process. It never calls process.exit.
 */
import packageJson from '../../../package.json';
import type { JiraClientOptions } from '../../jira/client';
import { formatPortfolio, formatReport } from '../../report/format';
import { settingsWindows, type SettingsWindows } from '../../vocabulary';
import { DEMO_FAULTS_VARIABLE, describeDemoFaults, type Emulator } from '../emulator';
import { auditProjects, isReachFailure, reachFailureMessage, type AuditOutcome } from './audit';
import { auditDocument, auditJson } from './audit-document';
import { connect, usesDemoSite } from './connect';
import { CliFailure, EXIT } from './exit-codes';
import { chooseHistory, type ChosenHistory } from './history';
import type { CliIo } from './io';
import { makeRedactor, redactingSink } from './io';
import { checkOutFile, writeOutFile } from './out-file';
import type { AuditRequest } from './program';
import { parseCommandLine } from './program';
import { throttledProgress } from './progress';
import type { SettingsByProject } from './settings-file';
import { readSettingsFile, settingsFromFile } from './settings-file';

/** For tests only: options the command line does not offer. */
export interface CliTestHooks {
  clientOptions?: JiraClientOptions;
  onDemoEmulator?: (emulator: Emulator) => void;
  /** The clock that throttles progress lines (milliseconds; default Date.now). */
  clock?: () => number;
}

const DEMO_KEEPS_NO_HISTORY =
  'The demo site is made afresh on every run, so it keeps no history and --state is not used with it. --state is for a real site (set JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN).';

export async function runCli(argv: string[], rawIo: CliIo, hooks: CliTestHooks = {}): Promise<number> {
  const redact = makeRedactor([rawIo.env.JIRA_API_TOKEN]);
  const io: CliIo = { env: rawIo.env, stdout: redactingSink(rawIo.stdout, redact), stderr: redactingSink(rawIo.stderr, redact) };
  try {
    const parsed = await parseCommandLine(argv, io, packageJson.version);
    if ('exitCode' in parsed) return parsed.exitCode;
    return await runAudit(parsed, io, redact, hooks);
  } catch (err) {
    if (err instanceof CliFailure) {
      io.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`The audit stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.someProjectsFailed;
  }
}

async function runAudit(request: AuditRequest, io: CliIo, redact: (text: string) => string, hooks: CliTestHooks): Promise<number> {
  const progress = (line: string) => {
    if (!request.quiet) io.stderr.write(`${line}\n`);
  };
  // Read and checked over the app defaults before Jira is asked anything; laid over each project's own settings below.
  const settingsFile = request.settingsFile ? await readSettingsFile(request.settingsFile) : null;
  if (request.outFile) await checkOutFile(request.outFile);
  if (request.state.kind === 'folder' && usesDemoSite(io.env)) throw new CliFailure(EXIT.usage, DEMO_KEEPS_NO_HISTORY);
  const now = request.now ?? new Date();

  const connection = await connect({ env: io.env, now, concurrency: request.concurrency, ...hooks });
  let chosen: ChosenHistory | null = null;
  try {
    if (connection.demo) progress('No JIRA_BASE_URL, JIRA_EMAIL or JIRA_API_TOKEN in the environment: auditing the built-in demo site.');
    if (connection.demoFaults) progress(`Faults on, as ${DEMO_FAULTS_VARIABLE} asks: ${describeDemoFaults(connection.demoFaults)}.`);
    // The state folder is checked (and taken) before Jira is asked anything.
    chosen = await chooseHistory(request.state, connection, io.env, now, progress);
    let projects: { key: string; name?: string }[] = request.projects.map((key) => ({ key }));
    if (request.all) {
      try {
        projects = (await connection.client.listProjects()).map((p) => ({ key: p.key, name: p.name }));
      } catch (err) {
        if (isReachFailure(err)) throw new CliFailure(EXIT.cannotReachJira, reachFailureMessage(connection.siteLabel, err as Error));
        throw new CliFailure(EXIT.someProjectsFailed, `Could not list the projects of ${connection.siteLabel}: ${(err as Error).message}`);
      }
      if (projects.length === 0) progress(`The credentials cannot browse any project on ${connection.siteLabel}.`);
    }
    const fileSettings: SettingsByProject = settingsFile ? settingsFromFile(settingsFile, (key) => connection.defaultSettings(key)) : {};
    const unknownInFile = Object.keys(fileSettings).filter((key) => !projects.some((p) => p.key === key));
    if (request.settingsFile && unknownInFile.length) progress(`Note: the settings file names projects not being audited: ${unknownInFile.join(', ')}.`);

    const settingsFor = (key: string) => fileSettings[key] ?? connection.defaultSettings(key);
    // The reports name the windows the settings set (how far back the role tables look, when an item is stale).
    const windowsOf = (key: string) => settingsWindows(settingsFor(key));
    const outcome = await auditProjects(connection, {
      projects,
      settingsFor,
      now,
      parallel: request.concurrency,
      progress,
      loadProgress: request.quiet ? undefined : (key) => throttledProgress(key, progress, { clock: hooks.clock }),
      history: chosen.history,
    });
    if (outcome.unreachable) throw new CliFailure(EXIT.cannotReachJira, outcome.unreachable);

    const single = !request.all && request.projects.length === 1;
    if (!(single && outcome.reports.length === 0)) {
      const text = single ? formatReport(outcome.reports[0], request.format, windowsOf(outcome.reports[0].project.key)) : formatMany(outcome, connection.site, now, request, windowsOf);
      await emit(text, request, io, redact);
    }

    for (const failure of outcome.failures) io.stderr.write(`${failure.projectKey} could not be audited: ${failure.message}\n`);
    const partial = outcome.reports.filter((r) => r.partial);
    for (const report of partial) io.stderr.write(`${report.project.key} is partial: ${report.partial?.reason}\n`);
    for (const unsaved of outcome.unsaved) io.stderr.write(`${unsaved.projectKey} was audited, but ${unsaved.message}\n`);
    return outcome.failures.length || partial.length || outcome.unsaved.length ? EXIT.someProjectsFailed : EXIT.ok;
  } finally {
    await chosen?.close();
    await connection.close();
  }
}

/** Several projects: the portfolio formats, or for json the audit document (docs/audit.schema.json). */
function formatMany(outcome: AuditOutcome, site: string, now: Date, request: AuditRequest, windowsOf: (projectKey: string) => SettingsWindows): string {
  if (request.format === 'json') return auditJson(auditDocument(site, now, outcome.reports, outcome.failures));
  return formatPortfolio(outcome.reports, request.format, outcome.failures, windowsOf);
}

async function emit(text: string, request: AuditRequest, io: CliIo, redact: (text: string) => string): Promise<void> {
  if (!request.outFile) {
    io.stdout.write(text);
    return;
  }
  await writeOutFile(request.outFile, redact(text));
  if (!request.quiet) io.stderr.write(`Wrote ${request.outFile}.\n`);
}
