/**
 * The portfolio view across many reports: one line per project with its score, health, reliability
 * trend, ready runway, top 10 kept, technical interleaving and most severe signals. The values are
 * picked from each report as they are; nothing is recomputed. PORTFOLIO_COLUMNS is the one list of
 * the portfolio's columns, shared by the CLI's table and CSV and the portfolio page's CSV export.
 */
import type { Report, ScoreArea, TrafficLight } from '../../domain/report';
import type { Severity } from '../../domain/types';
import {
  FIGURE,
  SEVERITY_NAME,
  bySeverity,
  dateTime,
  healthWord,
  lastClosedSprints,
  percent,
  plural,
  scoreWithGaps,
  sprints,
} from '../../vocabulary';
import type { Cell, Column, FormatDocument, Section } from './document';
import { left, right } from './document';

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

/** How many signals a portfolio line names. */
export const TOP_SIGNALS = 3;

export function portfolioLine(report: Report): PortfolioLine {
  const topSignals = [...report.signals]
    .sort(bySeverity)
    .slice(0, TOP_SIGNALS)
    .map((s) => ({ id: s.id, severity: s.severity, title: s.title }));
  return {
    projectKey: report.project.key,
    projectName: report.project.name,
    score: report.score.total,
    trafficLight: report.score.trafficLight,
    // An area that does not apply to the board (the sprints of a Kanban board) is no gap in the score.
    notAssessed: (['backlog', 'sprints', 'roles'] as const).filter((area) => report.score[area] === null && report.score.notChecked.some((s) => s.area === area)),
    reliabilityTrend: report.sprints?.trend.map((p) => p.commitmentReliability) ?? [],
    readyRunwaySprints: report.backlog?.readyRunwaySprints ?? null,
    top10Overlap: report.backlog?.ordering.top10Overlap ?? null,
    technicalInterleaving: report.backlog?.technical.interleaving ?? null,
    topSignals,
    partial: report.partial?.reason ?? null,
    computedAt: report.computedAt,
  };
}

/** What every portfolio surface shows of a project (the page's rows hold the same fields). */
export type PortfolioFigures = Omit<PortfolioLine, 'partial' | 'computedAt'>;

/** "85% 92% – 100%", or "no closed sprints". */
export function trendText(trend: readonly (number | null)[]): string {
  return trend.length ? trend.map(percent).join(' ') : lastClosedSprints(0);
}

/** "Critical: Sprints often end unfinished; Warning: ...", or "none". */
export function topSignalsText(signals: PortfolioFigures['topSignals']): string {
  return signals.length ? signals.map((s) => `${SEVERITY_NAME[s.severity]}: ${s.title}`).join('; ') : 'none';
}

interface PortfolioColumn extends Column {
  value(line: PortfolioFigures): string;
}

export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [
  { ...left('Project'), value: (line) => line.projectKey },
  { ...left('Name'), value: (line) => line.projectName },
  { ...right(FIGURE.healthScore), value: (line) => scoreWithGaps(line.score, line.notAssessed) },
  { ...left(FIGURE.health), value: (line) => healthWord(line.trafficLight) },
  { ...left(FIGURE.reliabilityTrend), value: (line) => trendText(line.reliabilityTrend) },
  { ...right(FIGURE.readyRunway), value: (line) => sprints(line.readyRunwaySprints) },
  { ...right(FIGURE.top10Kept), value: (line) => percent(line.top10Overlap) },
  { ...right(FIGURE.interleaving), value: (line) => percent(line.technicalInterleaving) },
  { ...left(FIGURE.topSignals), value: (line) => topSignalsText(line.topSignals) },
];

/** The column after the figures in every portfolio CSV: when the project's report was computed. */
export const COMPUTED_COLUMN = 'Computed';

/**
 * The portfolio table as a document. With `linkToSections`, each project key links to that
 * project's report further down the same page (HTML).
 */
export function portfolioDocument(reports: Report[], failures: AuditFailure[] = [], linkToSections = false): FormatDocument {
  const rows: Cell[][] = reports.map(portfolioLine).map((line) =>
    PORTFOLIO_COLUMNS.map((column, index): Cell => {
      const text = column.value(line);
      if (index === 0 && linkToSections) return { text, href: `#${line.projectKey}-overview` };
      if (index === 1 && line.partial) return `${text} (partial)`;
      if (column.header === FIGURE.health && line.trafficLight) return { text, tone: line.trafficLight };
      return text;
    }),
  );
  const sections: Section[] = [
    { title: 'Projects', id: 'portfolio', blocks: [{ kind: 'table', columns: [...PORTFOLIO_COLUMNS], rows, empty: 'No project could be reported on.' }] },
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
    title: `Backlog health across ${plural(reports.length + failures.length, 'project')}`,
    subtitle: [...new Set(reports.filter((r) => r.site).map((r) => `Site ${r.site}`))].concat(newest ? [`Computed ${dateTime(newest)}`] : []),
    sections,
  };
}
