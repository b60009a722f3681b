/**
 * Runs the engine on each asked-for project, a few at a time, and sorts the outcomes into
 * reports, project failures, and "Jira cannot be reached" (which stops new projects starting).
 */
import type { Report } from '../../domain/report';
import type { ProjectSettings } from '../../domain/settings';
import { computeProjectReport } from '../../engine/compute';
import { withRoleNames } from '../../engine/role-names';
import { JiraError } from '../../jira/errors';
import type { LoadProgress } from '../../jira/load';
import { TransportError } from '../../jira/transport';
import type { AuditFailure } from '../../report/format';
import type { Connection } from './connect';

export interface AuditPlan {
  projects: { key: string; name?: string }[];
  settingsFor(projectKey: string): ProjectSettings;
  now: Date;
  /** Projects audited at once. */
  parallel: number;
  progress(line: string): void;
  /** A listener for the engine's progress on one project, made right after its "Reading" line; none: not shown. */
  loadProgress?(projectKey: string): (p: LoadProgress) => void;
}

export interface AuditOutcome {
  /** In the order the projects were asked for. */
  reports: Report[];
  failures: AuditFailure[];
  /** Set when Jira could not be reached or refused the credentials. */
  unreachable: string | null;
}

export async function auditProjects(connection: Connection, plan: AuditPlan): Promise<AuditOutcome> {
  const results: ({ report: Report } | { failure: AuditFailure } | null)[] = plan.projects.map(() => null);
  let unreachable: string | null = null;
  let next = 0;

  const worker = async () => {
    while (next < plan.projects.length && unreachable === null) {
      const index = next++;
      const project = plan.projects[index];
      plan.progress(`Reading ${project.key} (${index + 1} of ${plan.projects.length})…`);
      try {
        const { report } = await computeProjectReport(connection.client, {
          projectKey: project.key,
          projectName: project.name,
          site: connection.site,
          settings: plan.settingsFor(project.key),
          snapshots: connection.snapshots(project.key),
          now: plan.now,
          onProgress: plan.loadProgress?.(project.key),
        });
        // The named PO and SM by their Jira names, also when the board's data never mentions them.
        results[index] = { report: await withRoleNames(connection.client, report) };
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
  for (const result of results) {
    if (result && 'report' in result) reports.push(result.report);
    else if (result) failures.push(result.failure);
  }
  return { reports, failures, unreachable };
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
  if (err instanceof JiraError || err instanceof TransportError) return err.message;
  return `Something went wrong while building the report: ${err instanceof Error ? err.message : String(err)}`;
}
