/**
 * missing-sprint-goal: sprints run without a stated goal.
 * Looks at the last `ofLast` started sprints (default 3; closed and active, by start date: the
 * sprint section's recentlyStarted), using each one's goal at its start as the app observed it
 * (Jira keeps no history of goals; see analysis/sprints/goals.ts): the goal seen at or before the
 * start, else the one first seen after it (said so in the observation), else the goal as Jira holds
 * it now. Warning when one or more had no goal; critical when none of the last `ofLast` had one.
 */
import type { SprintStart } from '../../domain/report';
import { plural } from '../../vocabulary';
import { hasGoal } from '../../analysis/sprints/goals';
import { defineRule } from '../rule';
import { NO_SPRINTS, evidence } from '../helpers';
import { missingSprintGoal } from './declaration';

/** "Sprint 5", or "Sprint 5 (first seen after it started, on 2026-03-03)". */
function named({ name, goalAtStart: goal }: SprintStart): string {
  return goal.source === 'later' && goal.observedAt !== null ? `${name} (first seen by the app after it started, on ${goal.observedAt.slice(0, 10)})` : name;
}

export const missingSprintGoalRule = defineRule(missingSprintGoal, (ctx, { ofLast }) => {
  if (ctx.sprints === null) return { silent: NO_SPRINTS };
  // The section holds the last `ofLast` sprints to start, with the goal each started with.
  const recent = ctx.sprints.recentlyStarted;
  const withoutGoal = recent.filter((s) => !hasGoal(s.goalAtStart));
  if (withoutGoal.length === 0) return { quiet: true };
  const critical = recent.length === ofLast && withoutGoal.length === ofLast;
  const seenLate = withoutGoal.some((s) => s.goalAtStart.source === 'later');
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation:
        `${plural(withoutGoal.length, 'sprint')} of the last ${recent.length} started without a goal: ${withoutGoal.map(named).join(', ')}.` +
        (seenLate ? ' For a sprint first seen after it started, the goal it started with is not known for sure: it had none when the app first saw it.' : ''),
      evidence: evidence({ sprintIds: withoutGoal.map((s) => s.sprintId), dates: withoutGoal.map((s) => s.startDate) }),
      question: 'What single outcome would make the next sprint worthwhile, and how might the Product Owner and the team agree on it at planning?',
      rule: `a sprint among the last ${ofLast} started with an empty goal (critical when all ${ofLast} had none)`,
    },
  };
});
