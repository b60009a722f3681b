/** finished-without-start: work that reaches Done without ever being in progress on the board (docs/signals.md). */
import { count, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const finishedWithoutStart = declareSignal({
  id: 'finished-without-start',
  name: 'Work finished without being seen in progress',
  role: 'team',
  alsoFor: [],
  area: 'flow',
  thresholds: {
    maxShare: { schema: share(), default: 0.2, label: 'Share of the finished items that were never in progress before the signal shows' },
    minItems: { schema: count(1), default: 3, label: 'Items finished without being in progress before the signal shows' },
  },
  checks: [],
});
