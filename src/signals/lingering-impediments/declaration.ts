/** lingering-impediments: flagged items stay blocked for days (docs/signals.md). */
import { count } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const lingeringImpediments = declareSignal({
  id: 'lingering-impediments',
  name: 'Impediments staying for days',
  role: 'SM',
  alsoFor: [],
  area: 'sprints',
  thresholds: {
    flaggedWorkingDays: { schema: count(0), default: 2, label: 'Working days an item may stay flagged during a sprint' },
  },
  checks: [],
});
