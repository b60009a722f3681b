/** sm-orders-backlog: the Scrum Master orders the backlog (docs/signals.md). */
import { count, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const smOrdersBacklog = declareSignal({
  id: 'sm-orders-backlog',
  name: 'Backlog ordered by the Scrum Master',
  role: 'SM',
  alsoFor: [],
  area: 'roles',
  thresholds: {
    shareAbove: { schema: share(), default: 0.2, label: 'Share of rank changes by the Scrum Master, above which the signal shows' },
    windowDays: { schema: count(1), default: 90, label: 'Days of rank changes looked at' },
  },
  checks: [],
});
