/** The engine against the ground truth of the default demo, as `npm start` shows it on a Sunday night (see engine-checks.ts). */
import { engineChecks } from './engine-checks';

describe('default seed', () => engineChecks({ now: new Date('2026-11-22T03:35:00Z') }));
