/** ageing-wip: work in progress older than the team's usual cycle time (docs/signals.md). */
import { count, positiveNumber } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const ageingWip = declareSignal({
  id: 'ageing-wip',
  name: 'Work in progress ageing past the usual cycle time',
  role: 'team',
  alsoFor: [],
  area: 'flow',
  thresholds: {
    minItems: { schema: count(1), default: 3, label: 'Items in progress older than the 85th percentile of cycle time before the signal shows' },
    criticalMultiple: { schema: positiveNumber(), default: 2, label: 'Critical when an item is this many times older than the 85th percentile' },
    minFinished: { schema: count(1), default: 10, label: 'Items finished in the cycle-time window needed to know the usual cycle time' },
  },
  checks: [],
});
