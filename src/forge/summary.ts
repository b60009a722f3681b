/** The small per-project summary the portfolio page reads (so it never loads 500 full reports). */
import type { Report } from '../domain/report';
import type { Severity } from '../domain/types';
import type { ReportSummary } from '../storage/project-stores';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function summariseReport(report: Report): ReportSummary {
  // A project without a board has nothing scored: show no score rather than a perfect one.
  const scored = report.board !== null;
  const topSignals = [...report.signals]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, 3)
    .map((s) => ({ id: s.id, severity: s.severity, title: s.title }));
  return {
    projectKey: report.project.key,
    projectName: report.project.name,
    computedAt: report.computedAt,
    score: scored ? report.score.total : null,
    trafficLight: scored ? report.score.trafficLight : null,
    reliabilityTrend: report.sprints ? report.sprints.trend.map((p) => p.commitmentReliability) : [],
    readyRunwaySprints: report.backlog ? report.backlog.readyRunwaySprints : null,
    top10Overlap: report.backlog ? report.backlog.ordering.top10Overlap : null,
    technicalInterleaving: report.backlog ? report.backlog.technical.interleaving : null,
    topSignals,
  };
}
