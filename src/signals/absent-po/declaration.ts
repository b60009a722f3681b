/** absent-po: the Product Owner has not tended the backlog while the team is in a sprint (docs/signals.md). */
import { count } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const absentPo = declareSignal({
  id: 'absent-po',
  name: 'Backlog waiting for its Product Owner',
  role: 'PO',
  alsoFor: [],
  area: 'roles',
  thresholds: {
    days: { schema: count(1), default: 14, label: "Days without the Product Owner's backlog activity during a sprint" },
  },
  checks: [],
});
