/**
 * missing-sprint-goal: sprints run without a stated goal.
 * Looks at the last `ofLast` started sprints (default 3; closed and active, by start date), using
 * the goal as Jira holds it now. Warning when one or more had no goal; critical when none of the
 * last `ofLast` had one.
 */
import type { SignalRule } from '../rule';
import type { Sprint } from '../../domain/types';
import { toMs } from '../../analysis/sprints/parse';
import { NO_SPRINTS, evidence, fired, plural } from './shared';

export const missingSprintGoal: SignalRule = {
  id: 'missing-sprint-goal',
  role: 'SM',
  area: 'sprints',
  evaluate(ctx) {
    if (ctx.sprints === null) return { silent: NO_SPRINTS };
    const { ofLast } = ctx.settings.thresholds.missingSprintGoal;
    const started = ctx.data.sprints
      .filter((s): s is Sprint & { startDate: string } => s.state !== 'future' && toMs(s.startDate) !== null)
      .sort((a, b) => (toMs(a.startDate) ?? 0) - (toMs(b.startDate) ?? 0) || a.id - b.id);
    const recent = started.slice(Math.max(0, started.length - ofLast));
    const withoutGoal = recent.filter((s) => s.goal === null || s.goal.trim() === '');
    if (withoutGoal.length === 0) return { quiet: true };
    const critical = recent.length === ofLast && withoutGoal.length === ofLast;
    return fired({
      id: 'missing-sprint-goal',
      role: 'SM',
      area: 'sprints',
      severity: critical ? 'critical' : 'warning',
      title: 'Sprints without a sprint goal',
      observation: `${plural(withoutGoal.length, 'sprint')} of the last ${recent.length} started without a goal: ${withoutGoal.map((s) => s.name).join(', ')}.`,
      evidence: evidence({ sprintIds: withoutGoal.map((s) => s.id), dates: withoutGoal.map((s) => s.startDate) }),
      question: 'What single outcome would make the next sprint worthwhile, and how might the Product Owner and the team agree on it at planning?',
      rule: `a sprint among the last ${ofLast} started with an empty goal (critical when all ${ofLast} had none)`,
    });
  },
};
