/** Display helpers. They format figures from the report; they never compute metrics. */
import type { Report } from '../../src/domain/report';

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${Math.round(value * 100)}%`;
}

export function decimal(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

export function sprints(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  const shown = value.toFixed(1);
  return `${shown} ${shown === '1.0' ? 'sprint' : 'sprints'}`;
}

/** "1 issue", "3 issues". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return 'n/a';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}

export function day(iso: string | null | undefined): string {
  if (!iso) return 'n/a';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
}

/**
 * A sprint's name from the report: closed sprints, then the active one. Future sprints are not in the
 * report by name, so one of those (or a sprint of another board) is named by its id.
 */
export function sprintName(report: Pick<Report, 'sprints'>, sprintId: number): string {
  const sprints = report.sprints;
  const found = sprints?.closed.find((sprint) => sprint.id === sprintId) ?? (sprints?.active?.id === sprintId ? sprints.active : undefined);
  return found?.name ?? `the sprint with id ${sprintId}`;
}

export function personName(report: Pick<Report, 'people'>, accountId: string | null | undefined): string {
  if (!accountId) return 'Someone unknown (automation or a removed user)';
  return report.people[accountId]?.displayName ?? accountId;
}

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** Most severe first; ties keep the report's order. */
export function bySeverity<T extends { severity: 'info' | 'warning' | 'critical' }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => SEVERITY_ORDER[a.item.severity] - SEVERITY_ORDER[b.item.severity] || a.index - b.index)
    .map(({ item }) => item);
}
