/** frozen-backlog: nobody has re-ranked the backlog for a while, although new work keeps arriving (docs/signals.md). */
import { count } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const frozenBacklog = declareSignal({
  id: 'frozen-backlog',
  name: 'Backlog order not moving',
  role: 'PO',
  alsoFor: [],
  area: 'backlog',
  thresholds: {
    noRerankDays: { schema: count(1), default: 30, label: 'Days without any re-ranking' },
    createdAtLeast: { schema: count(1), default: 10, label: 'Items created in that time, at least' },
  },
  checks: [],
});
