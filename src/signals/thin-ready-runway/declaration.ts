/** thin-ready-runway: the ready work at the top of the backlog will not fill the next sprint (docs/signals.md). */
import { positiveNumber } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const thinReadyRunway = declareSignal({
  id: 'thin-ready-runway',
  name: 'Little ready work ahead',
  role: 'PO',
  alsoFor: [],
  area: 'backlog',
  thresholds: {
    belowSprints: { schema: positiveNumber(), default: 1, label: 'Ready runway counts as thin below (sprints)' },
  },
  checks: [],
});
