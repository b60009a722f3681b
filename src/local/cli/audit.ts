/**
 * Runs the engine on each asked-for project, a few at a time, on the history the plan gives
 * (history.ts), and sorts the outcomes into reports, project failures, projects whose history could
 * not be kept, and "Jira cannot be reached" (which stops new projects starting).
 */
import type { Report } from '../../domain/report';
import type { ProjectSettings } from '../../domain/settings';
import { computeProjectReport } from '../../engine/compute';
import type { LedgerSource } from '../../domain/sprint-ledger';
import { withRoleNames } from '../../engine/role-names';
import type { StoredHistory } from '../../engine/stored-history';
import { JiraError } from '../../jira/errors';
import type { LoadProgress } from '../../jira/load';
import { TransportError } from '../../jira/transport';
import type { AuditFailure } from '../../report/format';
import type { Connection } from './connect';
import { givenHistory, type AuditHistory } from './history';

export interface AuditPlan {
  projects: { key: string; name?: string }[];
  settingsFor(projectKey: string): ProjectSettings;
  now: Date;
  /** Projects audited at once. */
  parallel: number;
  progress(line: string): void;
  /** A listener for the engine's progress on one project, made right after its "Reading" line; none: not shown. */
  loadProgress?(projectKey: string): (p: LoadProgress) => void;
  /** Where each project's history is read from and kept; none given: the connection's own snapshots, nothing kept. */
  history?: AuditHistory;
}

export interface AuditOutcome {
  /** In the order the projects were asked for. */
  reports: Report[];
  failures: AuditFailure[];
  /** Projects audited in full whose history could not be kept (their reports are in `reports`). */
  unsaved: AuditFailure[];
  /** Set when Jira could not be reached or refused the credentials. */
  unreachable: string | null;
}

/** The command line receives no sprint events: no ledger to read. */
const NO_SPRINT_EVENTS: LedgerSource = { received: false, read: async () => [] };

export async function auditProjects(connection: Connection, plan: AuditPlan): Promise<AuditOutcome> {
  const history = plan.history ?? givenHistory((key) => connection.snapshots(key));
  const results: ({ report: Report; unsaved: string | null } | { failure: AuditFailure } | null)[] = plan.projects.map(() => null);
  let unreachable: string | null = null;
  let next = 0;

  const worker = async () => {
    while (next < plan.projects.length && unreachable === null) {
      const index = next++;
      const project = plan.projects[index];
      plan.progress(`Reading ${project.key} (${index + 1} of ${plan.projects.length})…`);
      try {
        const stored = await readHistory(history, project.key, plan.now);
        const result = await computeProjectReport(connection.client, {
          projectKey: project.key,
          projectName: project.name,
          site: connection.site,
          settings: plan.settingsFor(project.key),
          ...stored,
          now: plan.now,
          onProgress: plan.loadProgress?.(project.key),
          // The command line receives no sprint events: every sprint is replayed, and the report says so.
          ledger: NO_SPRINT_EVENTS,
        });
        const unsaved = await history.save(project.key, result).then(
          () => null,
          (err: unknown) => `its history could not be kept (${describe(err)}): the next audit may read all of it again, and may have no snapshot of today's backlog order.`,
        );
        // The named PO and SM by their Jira names, also when the board's data never mentions them.
        results[index] = { report: await withRoleNames(connection.client, result.report), unsaved };
      } catch (err) {
        if (isReachFailure(err)) {
          unreachable ??= reachFailureMessage(connection.siteLabel, err as Error);
        } else {
          results[index] = { failure: { projectKey: project.key, message: failureMessage(err) } };
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(plan.parallel, plan.projects.length)) }, worker));

  const reports: Report[] = [];
  const failures: AuditFailure[] = [];
  const unsaved: AuditFailure[] = [];
  results.forEach((result, index) => {
    if (result && 'report' in result) {
      reports.push(result.report);
      if (result.unsaved) unsaved.push({ projectKey: plan.projects[index].key, message: result.unsaved });
    } else if (result) failures.push(result.failure);
  });
  return { reports, failures, unsaved, unreachable };
}

/** Thrown when a project's stored history cannot be read: the project is not audited, so nothing of its history is overwritten. */
class HistoryUnreadable extends Error {}

async function readHistory(history: AuditHistory, projectKey: string, now: Date): Promise<StoredHistory> {
  try {
    return await history.read(projectKey, now);
  } catch (err) {
    throw new HistoryUnreadable(`Its history in the state folder could not be read (${describe(err)}). Audit it with --no-state, or give another --state folder to start a new history.`);
  }
}

/** An error's message (errors of Node's own modules may come from another realm, so not instanceof Error). */
function describe(err: unknown): string {
  const message = typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(err);
}

/** Jira did not answer, or did not accept who we are: no other project will fare better. */
export function isReachFailure(err: unknown): boolean {
  if (err instanceof JiraError) return err.kind === 'auth' || err.kind === 'network';
  return err instanceof TransportError && err.kind !== 'malformed';
}

export function reachFailureMessage(siteLabel: string, err: Error): string {
  const hint =
    err instanceof JiraError && err.kind === 'auth'
      ? ' Check that JIRA_EMAIL and JIRA_API_TOKEN belong to a user of this site and that the token is still valid.'
      : ' Check JIRA_BASE_URL and your network connection.';
  return `Cannot audit ${siteLabel}: ${err.message}${hint}`;
}

function failureMessage(err: unknown): string {
  if (err instanceof JiraError || err instanceof TransportError || err instanceof HistoryUnreadable) return err.message;
  return `Something went wrong while building the report: ${err instanceof Error ? err.message : String(err)}`;
}
