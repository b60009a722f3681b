import { storyChecks } from './story-checks';

// The default demo, as `npm start` shows it on a Sunday night.
describe('default seed', () => storyChecks({ now: '2026-11-22T03:35:00Z' }));
