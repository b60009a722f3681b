/** timebox-drift: sprints close late, or their lengths vary (docs/signals.md). */
import { count } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const timeboxDrift = declareSignal({
  id: 'timebox-drift',
  name: 'Sprint timebox drifting',
  role: 'SM',
  alsoFor: [],
  area: 'sprints',
  thresholds: {
    lateWorkingDays: { schema: count(0), default: 1, label: 'Working days late a sprint may close before the signal shows' },
    lengthSpreadWorkingDays: { schema: count(0), default: 2, label: 'Working days planned sprint lengths may differ by' },
    ofLast: { schema: count(2), default: 6, label: 'Closed sprints looked at' },
    /** Critical when this many of the sprints looked at closed late. */
    criticalLateSprints: { schema: count(1), default: 3, label: 'Late sprints among those looked at before the signal is critical' },
  },
  checks: [{ field: 'criticalLateSprints', mustBe: 'atMost', other: 'ofLast', message: 'cannot be more than the number of sprints looked at (ofLast)' }],
});
