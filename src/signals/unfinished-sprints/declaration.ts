/** unfinished-sprints: the team often does not finish what it planned (docs/signals.md). */
import { count, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const unfinishedSprints = declareSignal({
  id: 'unfinished-sprints',
  name: 'Sprints ending with planned work unfinished',
  role: 'SM',
  alsoFor: [],
  area: 'sprints',
  thresholds: {
    reliabilityBelow: { schema: share(), default: 0.7, label: 'Commitment reliability counts as low below' },
    inSprints: { schema: count(1), default: 2, label: 'Sprints with low reliability before the signal shows' },
    ofLast: { schema: count(1), default: 3, label: 'Closed sprints looked at' },
  },
  checks: [{ field: 'inSprints', mustBe: 'atMost', other: 'ofLast', message: 'cannot be more than the number of sprints looked at (ofLast)' }],
});
