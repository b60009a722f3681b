/** unprotected-sprint: the sprint's scope changes a lot after it starts (docs/signals.md). */
import { count, nonNegativeNumber } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const unprotectedSprint = declareSignal({
  id: 'unprotected-sprint',
  name: 'Sprint scope changing after the start',
  role: 'SM',
  alsoFor: [],
  area: 'sprints',
  thresholds: {
    churnAbove: { schema: nonNegativeNumber(), default: 0.2, label: 'Scope churn counts as high above (of the committed issues)', shownAs: 'percent' },
    inSprints: { schema: count(1), default: 2, label: 'Sprints with high churn before the signal shows' },
    ofLast: { schema: count(1), default: 3, label: 'Closed sprints looked at' },
  },
  checks: [{ field: 'inSprints', mustBe: 'atMost', other: 'ofLast', message: 'cannot be more than the number of sprints looked at (ofLast)' }],
});
