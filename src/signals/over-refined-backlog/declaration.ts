/** over-refined-backlog: far more is ready than the team can use soon, or distant items carry detail (docs/signals.md). */
import { positiveNumber, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const overRefinedBacklog = declareSignal({
  id: 'over-refined-backlog',
  name: 'Refinement running far ahead',
  role: 'PO',
  alsoFor: [],
  area: 'backlog',
  thresholds: {
    runwayAboveSprints: { schema: positiveNumber(), default: 3, label: 'Ready runway counts as far ahead above (sprints)' },
    overSpecificationAbove: { schema: share(), default: 0.3, label: 'Share of distant items already detailed, above which the signal shows' },
  },
  checks: [],
});
