/** separate-tech-pool: technical work is kept apart from the rest instead of ordered with it (docs/signals.md). */
import { count, share } from '../../domain/setting-values';
import { declareSignal } from '../declare';

export const separateTechPool = declareSignal({
  id: 'separate-tech-pool',
  name: 'Technical work kept apart',
  role: 'PO',
  alsoFor: [],
  area: 'backlog',
  thresholds: {
    interleavingBelow: { schema: share(), default: 0.2, label: 'Interleaving counts as technical work parked low below' },
    interleavingAbove: { schema: share(), default: 0.8, label: 'Interleaving counts as technical work pushed ahead above' },
    minTechnicalItems: { schema: count(1), default: 10, label: 'Technical items in the backlog needed to judge the order' },
    quotaMinSprints: { schema: count(2), default: 4, label: 'Sprints in a row a fixed technical share must hold to look like a quota' },
    quotaMaxSpread: { schema: share(), default: 0.05, label: 'How far each sprint may be from the round share, at most' },
  },
  checks: [{ field: 'interleavingBelow', mustBe: 'below', other: 'interleavingAbove', message: 'must be lower than the upper interleaving limit (interleavingAbove)' }],
});
