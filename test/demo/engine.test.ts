/**
 * The engine against the demo's ground truth (see engine-checks.ts), on a seed and a moment other
 * than the default, with the extra project flavours.
 */
import { engineChecks } from './engine-checks';

describe('seed 6 with six extra projects, Saturday midnight', () => engineChecks({ now: new Date('2026-08-01T00:00:00Z'), seed: 6, extraProjects: 6 }));
