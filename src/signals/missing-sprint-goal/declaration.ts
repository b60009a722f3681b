/**
 * missing-sprint-goal: sprints run without a stated goal (docs/signals.md). The goal is the Product
 * Owner's proposal and the team's agreement; the Scrum Master sees that there is one.
 */
import { count } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const missingSprintGoal = declareSignal({
  id: 'missing-sprint-goal',
  name: 'Sprints without a goal',
  role: 'SM',
  alsoFor: ['PO'],
  area: 'sprints',
  thresholds: {
    ofLast: { schema: count(1), default: 3, label: 'Most recently started sprints looked at' },
  },
  checks: [],
});
