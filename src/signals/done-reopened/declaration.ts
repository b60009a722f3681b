/** done-reopened: finished items come back out of Done (docs/signals.md). */
import { count } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const doneReopened = declareSignal({
  id: 'done-reopened',
  name: 'Finished work coming back from Done',
  role: 'team',
  alsoFor: [],
  area: 'sprints',
  thresholds: {
    minItems: { schema: count(1), default: 1, label: 'Items back from Done before the signal shows' },
    ofLast: { schema: count(1), default: 6, label: 'Closed sprints looked at' },
    /** Critical when items came back from done in this many of the sprints looked at. */
    criticalSprints: { schema: count(1), default: 3, label: 'Sprints with items back from Done before the signal is critical' },
  },
  checks: [{ field: 'criticalSprints', mustBe: 'atMost', other: 'ofLast', message: 'cannot be more than the number of sprints looked at (ofLast)' }],
});
