/**
 * The report for a project with nothing to analyse (no board): same shape as every report, with
 * no sections, no signals and a plain limitation saying why. Every rule applies but is silent with
 * that reason, so the score is "not assessed" (total, sub-scores and traffic light null), not a
 * perfect 100. The people named in the project's roles are still listed.
 */
import { REPORT_SCHEMA_VERSION, type HistoryPoint, type Report } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import { healthScore } from '../report/score';
import { buildPeople } from '../report/people';
import { historyPoint, reportHistory } from '../report/history';
import { SIGNAL_DECLARATIONS } from '../signals/declarations';
import { emptyRolesSection } from '../analysis/roles/section';
import { noPeople } from '../analysis/history/people';

export interface EmptyReportInput {
  site: string;
  project: { key: string; name: string };
  now: Date;
  /** Why there is nothing to analyse. */
  reason: string;
  /** The people the settings name in each role (none when left out). */
  roles?: ProjectSettings['roles'];
  /** The points of the project's earlier reports, as the shell kept them. */
  earlierReports?: readonly HistoryPoint[];
}

export function emptyReport(input: EmptyReportInput): Report {
  const silentSignals = SIGNAL_DECLARATIONS.map((signal) => ({ id: signal.id, reason: input.reason }));
  const withoutHistory: Omit<Report, 'people' | 'history'> = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    computedAt: input.now.toISOString(),
    site: input.site,
    project: { ...input.project },
    board: null,
    capabilities: { sprints: false, backlog: false, estimates: false, runsSprints: false, limitations: [input.reason] },
    sprints: null,
    backlog: null,
    flow: null,
    roles: emptyRolesSection(input.roles ?? { productOwners: [], scrumMasters: [] }),
    signals: [],
    silentSignals,
    notApplicableSignals: [],
    score: healthScore({ signals: [], silent: silentSignals }),
    customThresholds: [],
    dataQuality: [],
    partial: null,
  };
  const withoutPeople = { ...withoutHistory, history: reportHistory(input.earlierReports ?? [], historyPoint(withoutHistory)) };
  return { ...withoutPeople, people: buildPeople(withoutPeople, noPeople()) };
}
