/**
 * The report for a project with nothing to analyse (no board): same shape as every report, with
 * no sections, no signals and a plain limitation saying why. The score is 100 with no deductions
 * because nothing fired; the portfolio shows such projects without a score (see app summaries).
 */
import type { Report } from '../domain/report';

export function emptyReport(opts: { site: string; project: { key: string; name: string }; now: Date; reason: string }): Report {
  return {
    schemaVersion: 1,
    computedAt: opts.now.toISOString(),
    site: opts.site,
    project: opts.project,
    board: null,
    capabilities: { sprints: false, backlog: false, estimates: false, limitations: [opts.reason] },
    sprints: null,
    backlog: null,
    roles: {
      productOwners: [],
      scrumMasters: [],
      actingBacklogOwner: null,
      rankChangesBy: [],
      assigneeChangesBy: [],
      lastPoBacklogActivity: null,
    },
    people: {},
    signals: [],
    silentSignals: [],
    score: { total: 100, trafficLight: 'green', backlog: 100, sprints: 100, roles: 100, deductions: [] },
    dataQuality: [],
    partial: null,
  };
}
