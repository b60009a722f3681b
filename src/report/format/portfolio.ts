/**
 * The portfolio view across many reports: one line per project with its score, health, reliability
 * trend, ready runway, top 10 kept, technical interleaving, throughput, the near-term forecast and
 * most severe signals. The values are
 * picked from each report as they are; nothing is recomputed. PORTFOLIO_COLUMNS is the one list of
 * the portfolio's columns, shared by the CLI's table and CSV and the portfolio page's CSV export.
 */
import type { Report, ScoreArea, TrafficLight } from '../../domain/report';
import type { Severity } from '../../domain/types';
import { signalNameOf } from '../../signals/declarations';
import {
  FIGURE,
  MISSING,
  SCORE_AREAS,
  SEVERITY_NAME,
  bySeverity,
  dateTime,
  day,
  itemsAWeek,
  healthWord,
  lastClosedSprints,
  percent,
  plural,
  scoreArithmetic,
  scoreTerms,
  scoreWithGaps,
  sprints,
  type ScoreTerm,
} from '../../vocabulary';
import { TRACKED_FIGURES } from '../history';
import type { Block, Cell, Column, FormatDocument, Section } from './document';
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
  /** null when the score is provisional, or there is none. */
  trafficLight: TrafficLight | null;
  /** Too little could be checked: the score is shown as provisional ("Not enough data yet"). */
  provisional: boolean;
  /** The points lost before the floor at 0: they order projects at the same score. */
  pointsLost: number;
  /** The points lost, grouped by cost, for the score's sum. */
  scoreTerms: ScoreTerm[];
  /** The scores of the last reports, oldest first, this one last (at most SCORE_TREND_LENGTH). */
  scoreTrend: (number | null)[];
  /** Since the report before; null for the first. Names as people read them. */
  changes: { since: string; raised: string[]; cleared: string[]; moved: string[] } | null;
  /** The names of the signals whose thresholds the project set away from their defaults, and of those switched off. */
  ownThresholds: string[];
  switchedOff: string[];
  /** Areas whose sub-score is not assessed (none of their signals could be checked). */
  notAssessed: ScoreArea[];
  /** Commitment reliability of the trend sprints, oldest first. */
  reliabilityTrend: (number | null)[];
  readyRunwaySprints: number | null;
  top10Overlap: number | null;
  technicalInterleaving: number | null;
  /** Items finished a week over the last full weeks (docs/metrics.md, "Flow"). */
  throughputPerWeek: number | null;
  /** When the near-term items will be done, 85% likely; null without a forecast or near-term items. */
  nearTermDoneBy85: string | null;
  /** Most severe first, at most 3. */
  topSignals: { id: string; severity: Severity; title: string }[];
  partial: string | null;
  computedAt: string;
}

/** How many signals a portfolio line names. */
export const TOP_SIGNALS = 3;

/** How many of the last scores a portfolio line shows. */
export const SCORE_TREND_LENGTH = 10;

const figureName = (id: string) => TRACKED_FIGURES.find((figure) => figure.id === id)?.name ?? id;

export function portfolioLine(report: Report): PortfolioLine {
  const changes = report.history.changes;
  const topSignals = [...report.signals]
    .sort(bySeverity)
    .slice(0, TOP_SIGNALS)
    .map((s) => ({ id: s.id, severity: s.severity, title: s.title }));
  return {
    projectKey: report.project.key,
    projectName: report.project.name,
    score: report.score.total,
    trafficLight: report.score.trafficLight,
    provisional: report.score.provisional,
    pointsLost: report.score.pointsLost,
    scoreTerms: scoreTerms(report.score.deductions),
    scoreTrend: report.history.points.slice(-SCORE_TREND_LENGTH).map((point) => point.total),
    changes: changes
      ? { since: changes.since, raised: changes.raised.map((s) => s.title), cleared: changes.cleared.map((s) => s.title), moved: changes.figures.map((f) => figureName(f.id)) }
      : null,
    ownThresholds: [...new Set(report.customThresholds.map((t) => signalNameOf(t.signalId)))],
    switchedOff: report.score.switchedOff.map((s) => signalNameOf(s.signalId)),
    // An area that does not apply to the board (the sprints of a Kanban board) is no gap in the score.
    notAssessed: SCORE_AREAS.filter((area) => report.score[area] === null && report.score.notChecked.some((s) => s.area === area)),
    reliabilityTrend: report.sprints?.trend.map((p) => p.commitmentReliability) ?? [],
    readyRunwaySprints: report.backlog?.readyRunwaySprints ?? null,
    top10Overlap: report.backlog?.ordering.top10Overlap ?? null,
    technicalInterleaving: report.backlog?.technical.interleaving ?? null,
    throughputPerWeek: report.flow?.throughput.perWeek ?? null,
    nearTermDoneBy85: nearTermForecast(report)?.dates.p85 ?? null,
    topSignals,
    partial: report.partial?.reason ?? null,
    computedAt: report.computedAt,
  };
}

function nearTermForecast(report: Report) {
  const when = report.flow?.forecast.when.find((forecast) => forecast.target === 'nearTerm');
  return when && when.items > 0 ? when : null;
}

/** What every portfolio surface shows of a project (the page's rows hold the same fields). */
export type PortfolioFigures = Omit<PortfolioLine, 'partial' | 'computedAt'>;

/** "85% 92% – 100%", or "no closed sprints". */
export function trendText(trend: readonly (number | null)[]): string {
  return trend.length ? trend.map(percent).join(' ') : lastClosedSprints(0);
}

/** "65 55", a missing score as "–". */
export function scoreTrendText(trend: readonly (number | null)[]): string {
  return trend.length ? trend.map((score) => (score === null ? MISSING : String(score))).join(' ') : MISSING;
}

/** "2 raised (A, B); 1 cleared (C); 6 figures moved (D, E...)", "nothing changed", or nothing to compare with on the first refresh. */
export function changesText(changes: PortfolioFigures['changes']): string {
  if (changes === null) return 'nothing to compare with yet (first refresh)';
  const parts = [
    ...(changes.raised.length ? [`${changes.raised.length} raised (${changes.raised.join(', ')})`] : []),
    ...(changes.cleared.length ? [`${changes.cleared.length} cleared (${changes.cleared.join(', ')})`] : []),
    ...(changes.moved.length ? [`${plural(changes.moved.length, 'figure')} moved (${changes.moved.join(', ')})`] : []),
  ];
  return parts.length ? parts.join('; ') : 'nothing changed';
}

/** "thresholds of A, B; switched off: C", or "defaults". */
export function ownSettingsText(line: Pick<PortfolioFigures, 'ownThresholds' | 'switchedOff'>): string {
  const parts = [
    ...(line.ownThresholds.length ? [`thresholds of ${line.ownThresholds.join(', ')}`] : []),
    ...(line.switchedOff.length ? [`switched off: ${line.switchedOff.join(', ')}`] : []),
  ];
  return parts.length ? parts.join('; ') : 'defaults';
}

/** "Critical: Sprints often end unfinished; Warning: ...", or "none". */
export function topSignalsText(signals: PortfolioFigures['topSignals']): string {
  return signals.length ? signals.map((s) => `${SEVERITY_NAME[s.severity]}: ${s.title}`).join('; ') : 'none';
}

interface PortfolioColumn extends Column {
  value(line: PortfolioFigures): string;
  /** A long text, shown in a table of its own after the main one (where it is the last column, so never cut). */
  apart?: { title: string; shownWhen?: (line: PortfolioFigures) => boolean; empty: string };
}

export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [
  { ...left('Project'), value: (line) => line.projectKey },
  { ...left('Name'), value: (line) => line.projectName },
  { ...right(FIGURE.healthScore), value: (line) => scoreWithGaps(line.score, line.notAssessed, line.provisional) },
  { ...left(FIGURE.health), value: (line) => healthWord(line.trafficLight, line.provisional) },
  { ...left(FIGURE.scoreArithmetic), value: (line) => scoreArithmetic(line.score, line.scoreTerms) },
  { ...left(FIGURE.scoreTrend), value: (line) => scoreTrendText(line.scoreTrend) },
  { ...left(FIGURE.sinceLastRefresh), value: (line) => changesText(line.changes), apart: { title: 'What changed since the last refresh', empty: '' } },
  {
    ...left(FIGURE.ownSettings),
    value: (line) => ownSettingsText(line),
    apart: {
      title: 'Projects with their own settings',
      shownWhen: (line) => line.ownThresholds.length + line.switchedOff.length > 0,
      empty: 'Every project uses the default thresholds and runs every signal.',
    },
  },
  { ...left(FIGURE.reliabilityTrend), value: (line) => trendText(line.reliabilityTrend) },
  { ...right(FIGURE.readyRunway), value: (line) => sprints(line.readyRunwaySprints) },
  { ...right(FIGURE.top10Kept), value: (line) => percent(line.top10Overlap) },
  { ...right(FIGURE.interleaving), value: (line) => percent(line.technicalInterleaving) },
  { ...right(FIGURE.throughput), value: (line) => itemsAWeek(line.throughputPerWeek) },
  { ...right(FIGURE.nearTermBy85), value: (line) => day(line.nearTermDoneBy85) },
  { ...left(FIGURE.topSignals), value: (line) => topSignalsText(line.topSignals) },
];

/** The column after the figures in every portfolio CSV: when the project's report was computed. */
export const COMPUTED_COLUMN = 'Computed';

/**
 * The portfolio table as a document. With `linkToSections`, each project key links to that
 * project's report further down the same page (HTML).
 */
export function portfolioDocument(reports: Report[], failures: AuditFailure[] = [], linkToSections = false): FormatDocument {
  const lines = reports.map(portfolioLine);
  const project = (line: PortfolioLine): Cell => (linkToSections ? { text: line.projectKey, href: `#${line.projectKey}-overview` } : line.projectKey);
  const main = PORTFOLIO_COLUMNS.filter((column) => !column.apart);
  const rows: Cell[][] = lines.map((line) =>
    main.map((column, index): Cell => {
      const text = column.value(line);
      if (index === 0) return project(line);
      if (index === 1 && line.partial) return `${text} (partial)`;
      if (column.header === FIGURE.health && line.trafficLight) return { text, tone: line.trafficLight };
      return text;
    }),
  );
  const apart = PORTFOLIO_COLUMNS.flatMap((column): Block[] =>
    column.apart
      ? [
          { kind: 'heading', text: column.apart.title },
          {
            kind: 'table',
            columns: [main[0], column],
            rows: lines.filter((line) => column.apart?.shownWhen?.(line) ?? true).map((line) => [project(line), column.value(line)]),
            empty: column.apart.empty,
          },
        ]
      : [],
  );
  const sections: Section[] = [
    { title: 'Projects', id: 'portfolio', blocks: [{ kind: 'table', columns: main, rows, empty: 'No project could be reported on.' }, ...apart] },
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
