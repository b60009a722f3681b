/** wip-growing: more and more work in progress while no more work is finished (docs/signals.md). */
import { count, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const wipGrowing = declareSignal({
  id: 'wip-growing',
  name: 'Work in progress growing while throughput does not',
  role: 'SM',
  alsoFor: [],
  area: 'flow',
  thresholds: {
    growth: { schema: share(), default: 0.5, label: 'Growth of work in progress over the last 30 days (0.5 = half as much again)' },
    minItems: { schema: count(1), default: 3, label: 'Items more in progress on average before the signal shows' },
  },
  checks: [],
});
