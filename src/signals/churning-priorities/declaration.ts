/** churning-priorities: the top of the backlog changes a lot from one week to the next (docs/signals.md). */
import { share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const churningPriorities = declareSignal({
  id: 'churning-priorities',
  name: 'Top of the backlog changing often',
  role: 'PO',
  alsoFor: [],
  area: 'backlog',
  thresholds: {
    top10OverlapBelow: { schema: share(), default: 0.5, label: 'Share of the top 10 kept from a week ago, below which the signal shows' },
  },
  checks: [],
});
