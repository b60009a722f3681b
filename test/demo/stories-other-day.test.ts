import { storyChecks } from './story-checks';

// Another seed, at midnight going into a Saturday: the stories must not depend on either.
describe('seed 6, Saturday midnight', () => storyChecks({ seed: 6, now: '2026-08-01T00:00:00Z' }));
