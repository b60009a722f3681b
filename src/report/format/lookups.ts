/** Look-ups into the report used by several sections (names only, no figures). */
import type { Report } from '../../domain/report';

/** Sprint id -> its name where the report knows it, else "sprint <id>". */
export function sprintNameLookup(report: Report): (id: number) => string {
  const names = new Map<number, string>();
  for (const sprint of report.sprints?.closed ?? []) names.set(sprint.id, sprint.name);
  if (report.sprints?.active) names.set(report.sprints.active.id, report.sprints.active.name);
  return (id) => names.get(id) ?? `sprint ${id}`;
}
