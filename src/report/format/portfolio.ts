/**
 * The portfolio view across many reports: one line per project with its score, traffic light,
 * reliability trend, ready runway, top-10 overlap, technical interleaving and most severe signals.
 * The values are picked from each report as they are; nothing is recomputed.
 */
import type { Report, ScoreArea, TrafficLight } from '../../domain/report';
import type { Severity } from '../../domain/types';
import type { Cell, Column, FormatDocument, Section } from './document';
import { left, right } from './document';
import { AREA_WORD, SEVERITY_WORD, TRAFFIC_LIGHT_WORD, lightTone } from './labels';
import { dateTime, percent, probability, sprints } from './numbers';

/** A project the audit could not report on, and why (in plain words, no secrets). */
export interface AuditFailure {
  projectKey: string;
  message: string;
}

export interface PortfolioLine {
  projectKey: string;
  projectName: string;
  /** null when nothing could be checked (a project without a board). */
  score: number | null;
  trafficLight: TrafficLight | null;
  /** Areas whose sub-score is not assessed (none of their signals could be checked). */
  notAssessed: ScoreArea[];
  /** Commitment reliability of the trend sprints, oldest first. */
  reliabilityTrend: (number | null)[];
  readyRunwaySprints: number | null;
  top10Overlap: number | null;
  technicalInterleaving: number | null;
  /** Most severe first, at most 3. */
  topSignals: { id: string; severity: Severity; title: string }[];
  partial: string | null;
  computedAt: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** How many signals a portfolio line names. */
export const TOP_SIGNALS = 3;

export function portfolioLine(report: Report): PortfolioLine {
  const topSignals = [...report.signals]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, TOP_SIGNALS)
    .map((s) => ({ id: s.id, severity: s.severity, title: s.title }));
  return {
    projectKey: report.project.key,
    projectName: report.project.name,
    score: report.score.total,
    trafficLight: report.score.trafficLight,
    notAssessed: (['backlog', 'sprints', 'roles'] as const).filter((area) => report.score[area] === null),
    reliabilityTrend: report.sprints?.trend.map((p) => p.commitmentReliability) ?? [],
    readyRunwaySprints: report.backlog?.readyRunwaySprints ?? null,
    top10Overlap: report.backlog?.ordering.top10Overlap ?? null,
    technicalInterleaving: report.backlog?.technical.interleaving ?? null,
    topSignals,
    partial: report.partial?.reason ?? null,
    computedAt: report.computedAt,
  };
}

/**
 * "85", "100 (sprints not assessed)", or "not assessed" when nothing could be checked. The areas are
 * named only when the total still stands on the others.
 */
export function scoreText(line: Pick<PortfolioLine, 'score' | 'notAssessed'>): string {
  if (line.score === null) return 'not assessed';
  if (line.notAssessed.length === 0) return String(line.score);
  return `${line.score} (${line.notAssessed.map((area) => AREA_WORD[area].toLowerCase()).join(' and ')} not assessed)`;
}

/** A score or sub-score with its unit ("55 of 100"), or "not assessed" when it is null. */
export function scoreOutOf100(value: number | null, unit: string): string {
  return value === null ? 'not assessed' : `${value}${unit}`;
}

/** "Green", or "none" when there is no score to colour. */
export function lightText(light: TrafficLight | null): string {
  return light === null ? 'none' : TRAFFIC_LIGHT_WORD[light];
}

/** "85% 92% – 100%", or "no sprints". */
export function trendText(trend: (number | null)[]): string {
  return trend.length ? trend.map(percent).join(' ') : 'no sprints';
}

/** "Critical: Sprints often end unfinished; Warning: ...", or "none". */
export function topSignalsText(signals: PortfolioLine['topSignals']): string {
  return signals.length ? signals.map((s) => `${SEVERITY_WORD[s.severity]}: ${s.title}`).join('; ') : 'none';
}

export const PORTFOLIO_COLUMNS: Column[] = [
  left('Project'),
  left('Name'),
  right('Score'),
  left('Light'),
  left('Reliability trend'),
  right('Ready runway'),
  right('Top-10 overlap'),
  right('Interleaving'),
  left('Top signals'),
];

/**
 * The portfolio table as a document. With `linkToSections`, each project key links to that
 * project's report further down the same page (HTML).
 */
export function portfolioDocument(reports: Report[], failures: AuditFailure[] = [], linkToSections = false): FormatDocument {
  const rows: Cell[][] = reports.map(portfolioLine).map((line) => [
    linkToSections ? { text: line.projectKey, href: `#${line.projectKey}-overview` } : line.projectKey,
    line.partial ? `${line.projectName} (partial)` : line.projectName,
    scoreText(line),
    { text: lightText(line.trafficLight), tone: lightTone(line.trafficLight) },
    trendText(line.reliabilityTrend),
    sprints(line.readyRunwaySprints),
    percent(line.top10Overlap),
    probability(line.technicalInterleaving),
    topSignalsText(line.topSignals),
  ]);
  const sections: Section[] = [
    { title: 'Projects', id: 'portfolio', blocks: [{ kind: 'table', columns: PORTFOLIO_COLUMNS, rows, empty: 'No project could be reported on.' }] },
  ];
  if (failures.length) {
    sections.push({
      title: 'Projects not audited',
      id: 'portfolio-failures',
      blocks: [{ kind: 'table', columns: [left('Project'), left('What went wrong')], rows: failures.map((f) => [f.projectKey, f.message]), empty: '' }],
    });
  }
  const newest = reports.map((r) => r.computedAt).sort().at(-1);
  return {
    title: `Backlog health across ${reports.length + failures.length} ${reports.length + failures.length === 1 ? 'project' : 'projects'}`,
    subtitle: [...new Set(reports.filter((r) => r.site).map((r) => `Site ${r.site}`))].concat(newest ? [`Computed ${dateTime(newest)}`] : []),
    sections,
  };
}
