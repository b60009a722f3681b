/**
 * The small per-project summary the portfolio page reads (so it never loads 500 full reports): the
 * CLI's portfolio line without its partial note, with how many signals it raised in all (the line
 * names the three most severe). A project without a board has no score (null),
 * because none of its signals could be checked.
 */
import type { Report } from '../domain/report';
import { portfolioLine } from '../report/format/portfolio';
import type { StoredSummary } from '../storage/records';

export function summariseReport(report: Report): StoredSummary {
  const { partial: _partial, ...summary } = portfolioLine(report);
  return { ...summary, signalCount: report.signals.length };
}
