/**
 * The report for a project with nothing to analyse (no board): same shape as every report, with
 * no sections, no signals and a plain limitation saying why. Every rule is silent with that reason,
 * so the score is "not assessed" (total, sub-scores and traffic light null), not a perfect 100.
 */
import { REPORT_SCHEMA_VERSION, type Report } from '../domain/report';
import { healthScore } from '../report/score';
import { SIGNAL_DECLARATIONS } from '../signals/declarations';
import { emptyRolesSection } from '../analysis/roles/section';

export function emptyReport(opts: { site: string; project: { key: string; name: string }; now: Date; reason: string }): Report {
  const silentSignals = SIGNAL_DECLARATIONS.map((signal) => ({ id: signal.id, reason: opts.reason }));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    computedAt: opts.now.toISOString(),
    site: opts.site,
    project: opts.project,
    board: null,
    capabilities: { sprints: false, backlog: false, estimates: false, limitations: [opts.reason] },
    sprints: null,
    backlog: null,
    roles: emptyRolesSection({ productOwners: [], scrumMasters: [] }),
    people: {},
    signals: [],
    silentSignals,
    score: healthScore([], silentSignals),
    dataQuality: [],
    partial: null,
  };
}
