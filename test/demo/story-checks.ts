/**
 * Each project's story holds in the generated raw data, measured from the raw JSON (not from the
 * generator's state) with the definitions of docs/metrics.md.
 */
import { generateDemo } from '../../src/local/demo';
import { backlogStoryChecks } from './story-checks-backlog';
import { sprintStoryChecks } from './story-checks-sprints';
import { ctx } from './story-measures';

/** Registers every story check for one demo (a seed, or the default seed, and a moment `now`). */
export function storyChecks(config: { seed?: number; now: string }): void {
  beforeAll(() => {
    ctx.now = new Date(config.now);
    ctx.demo = generateDemo({ now: ctx.now, ...(config.seed === undefined ? {} : { seed: config.seed }) });
  });
  sprintStoryChecks();
  backlogStoryChecks();
}
