/**
 * What every answer of the coach starts with: the project, when its figures were computed, and a
 * word when they may be out of date. Pure: whether the report is old or a refresh is on its way is
 * decided by the caller (src/forge/coach-actions.ts), from the same rules as the project page.
 */
import type { Report } from '../domain/report';
import { dateTime } from '../vocabulary';

export interface Freshness {
  /** The report is a day old or more. */
  stale: boolean;
  /** A refresh of the project is queued or running. */
  refreshing: boolean;
}

export interface AnswerBase {
  project: { key: string; name: string };
  computedAt: string;
  freshness: string | null;
}

export function answerBase(report: Report, freshness: Freshness): AnswerBase {
  const when = dateTime(report.computedAt);
  let said: string | null = null;
  if (freshness.stale) {
    said = `These figures were computed on ${when}, a day ago or more.${freshness.refreshing ? ' A refresh has started: ask again in a few minutes for newer ones.' : ''}`;
  } else if (freshness.refreshing) {
    said = `These figures were computed on ${when}. A refresh is on its way: ask again in a few minutes for newer ones.`;
  }
  return { project: { key: report.project.key, name: report.project.name }, computedAt: report.computedAt, freshness: said };
}

/** "Fixture Scrum (FIX)". */
export function projectName(report: Report): string {
  return `${report.project.name} (${report.project.key})`;
}

/** Text compared without case and surrounding spaces. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
