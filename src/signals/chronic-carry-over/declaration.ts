/** chronic-carry-over: items that roll from sprint to sprint without being finished (docs/signals.md). */
import { count } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const chronicCarryOver = declareSignal({
  id: 'chronic-carry-over',
  name: 'Items rolling from sprint to sprint',
  role: 'SM',
  alsoFor: [],
  area: 'sprints',
  thresholds: {
    minSprints: { schema: count(2), default: 3, label: 'Sprints in a row an item stays unfinished before the signal shows' },
    /** Critical with this many chronic items or more. */
    criticalItems: { schema: count(1), default: 3, label: 'Items carried over that long before the signal is critical' },
  },
  checks: [],
});
