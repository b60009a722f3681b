/**
 * Velocity (docs/metrics.md, "Velocity"), as Jira's velocity chart shows it: for each of the last
 * VELOCITY_SPRINTS closed sprints, the committed work (the committed group at the start) against
 * the completed work (the completed group at the close, added items included), in points where the
 * board estimates in points, else in issues; with the sprint's commitment reliability and scope
 * churn beside it, and where its figures come from. Average completed = the mean of the completed
 * column over those sprints.
 */
import type { SprintFigures, Velocity } from '../../domain/report';
import { recordSourceOf } from '../../vocabulary';

export const VELOCITY_SPRINTS = 7;

export function velocity(closed: readonly SprintFigures[], pointsEnabled: boolean): Velocity {
  const last = closed.slice(Math.max(0, closed.length - VELOCITY_SPRINTS));
  const size = (set: SprintFigures['committed']) => (pointsEnabled ? set.points ?? 0 : set.issues.length);
  const sprints = last.map((figures) => ({
    sprintId: figures.id,
    name: figures.name,
    committed: size(figures.committed),
    completed: size(figures.completed),
    commitmentReliability: figures.commitmentReliability,
    scopeChurn: figures.scopeChurn,
    record: recordSourceOf(figures.record),
  }));
  const averageCompleted = sprints.length === 0 ? null : sprints.reduce((total, s) => total + s.completed, 0) / sprints.length;
  return { unit: pointsEnabled ? 'points' : 'issues', sprints, averageCompleted };
}
