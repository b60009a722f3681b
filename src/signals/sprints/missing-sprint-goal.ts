/**
 * missing-sprint-goal: sprints run without a stated goal.
 * Looks at the last `ofLast` started sprints (default 3; closed and active, by start date), using
 * each one's goal at its start as the app observed it (Jira keeps no history of goals; see
 * analysis/sprints/goals.ts): the goal seen at or before the start, else the one first seen after
 * it (said so in the observation), else the goal as Jira holds it now. Warning when one or more had
 * no goal; critical when none of the last `ofLast` had one.
 */
import type { SignalRule } from '../rule';
import type { Sprint } from '../../domain/types';
import type { GoalAtStart } from '../../domain/report';
import { toMs } from '../../analysis/history/parse';
import { goalAtStart, hasGoal } from '../../analysis/sprints/goals';
import { NO_SPRINTS, evidence, fired, plural } from './shared';

/** "Sprint 5", or "Sprint 5 (first seen after it started, on 2026-03-03)". */
function named(sprint: Sprint, goal: GoalAtStart): string {
  return goal.source === 'later' && goal.observedAt !== null ? `${sprint.name} (first seen by the app after it started, on ${goal.observedAt.slice(0, 10)})` : sprint.name;
}

// The goal is the Product Owner's proposal and the team's agreement; the Scrum Master sees that there is one.
export const missingSprintGoal: SignalRule = {
  id: 'missing-sprint-goal',
  role: 'SM',
  alsoFor: ['PO'],
  area: 'sprints',
  evaluate(ctx) {
    if (ctx.sprints === null) return { silent: NO_SPRINTS };
    const { ofLast } = ctx.settings.thresholds.missingSprintGoal;
    const started = ctx.data.sprints
      .filter((s): s is Sprint & { startDate: string } => s.state !== 'future' && toMs(s.startDate) !== null)
      .sort((a, b) => (toMs(a.startDate) ?? 0) - (toMs(b.startDate) ?? 0) || a.id - b.id);
    const recent = started.slice(Math.max(0, started.length - ofLast)).map((sprint) => ({ sprint, goal: goalAtStart(sprint, ctx.data.sprintGoals?.[sprint.id]) }));
    const withoutGoal = recent.filter((s) => !hasGoal(s.goal));
    if (withoutGoal.length === 0) return { quiet: true };
    const critical = recent.length === ofLast && withoutGoal.length === ofLast;
    const seenLate = withoutGoal.some((s) => s.goal.source === 'later');
    return fired({
      id: 'missing-sprint-goal',
      role: 'SM',
      alsoFor: ['PO'],
      area: 'sprints',
      severity: critical ? 'critical' : 'warning',
      title: 'Sprints without a sprint goal',
      observation:
        `${plural(withoutGoal.length, 'sprint')} of the last ${recent.length} started without a goal: ${withoutGoal.map((s) => named(s.sprint, s.goal)).join(', ')}.` +
        (seenLate ? ' For a sprint first seen after it started, the goal it started with is not known for sure: it had none when the app first saw it.' : ''),
      evidence: evidence({ sprintIds: withoutGoal.map((s) => s.sprint.id), dates: withoutGoal.map((s) => s.sprint.startDate) }),
      question: 'What single outcome would make the next sprint worthwhile, and how might the Product Owner and the team agree on it at planning?',
      rule: `a sprint among the last ${ofLast} started with an empty goal (critical when all ${ofLast} had none)`,
    });
  },
};
