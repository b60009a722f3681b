/** committee-ordering: many people order the backlog and no one of them clearly leads (docs/signals.md). */
import { count, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const committeeOrdering = declareSignal({
  id: 'committee-ordering',
  name: 'Several people ordering the backlog',
  role: 'PO',
  alsoFor: [],
  area: 'backlog',
  thresholds: {
    minRankers: { schema: count(2), default: 3, label: 'People re-ranking, at least' },
    topRankerShareBelow: { schema: share(), default: 0.6, label: 'Share of rank changes by the most active person, below which the signal shows' },
    windowDays: { schema: count(1), default: 90, label: 'Days of rank changes looked at' },
  },
  checks: [],
});
