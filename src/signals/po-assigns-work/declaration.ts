/** po-assigns-work: the Product Owner hands out the work inside sprints (docs/signals.md). */
import { count, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const poAssignsWork = declareSignal({
  id: 'po-assigns-work',
  name: 'Sprint work assigned by the Product Owner',
  role: 'PO',
  alsoFor: [],
  area: 'roles',
  thresholds: {
    shareAbove: { schema: share(), default: 0.3, label: 'Share of assignee changes by the Product Owner, above which the signal shows' },
    minChanges: { schema: count(1), default: 10, label: 'Assignee changes on sprint work needed to judge' },
    windowDays: { schema: count(1), default: 90, label: 'Days of assignee changes looked at' },
  },
  checks: [],
});
