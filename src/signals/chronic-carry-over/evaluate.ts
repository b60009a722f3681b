/**
 * chronic-carry-over: items that roll from sprint to sprint without being finished.
 * Looks at carry-over chains that reach into the trend window (the last `trendSprints` closed
 * sprints). Warning when an item was left unfinished in `minSprints` (3) or more consecutive
 * sprints; critical when one was carried through twice that many, or `criticalItems` (3) or more items are.
 */
import { plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_SPRINTS, evidence, lastClosed } from '../helpers';
import { chronicCarryOver } from './declaration';

export const chronicCarryOverRule = defineRule(chronicCarryOver, (ctx, { minSprints, criticalItems }) => {
  if (ctx.sprints === null) return { silent: NO_SPRINTS };
  const window = new Set(lastClosed(ctx, ctx.settings.trendSprints).map((s) => s.id));
  const chronic = ctx.sprints.carryOverChains.filter((c) => c.sprintIds.length >= minSprints && c.sprintIds.some((id) => window.has(id)));
  if (chronic.length === 0) return { quiet: true };
  const longest = Math.max(...chronic.map((c) => c.sprintIds.length));
  const critical = longest >= 2 * minSprints || chronic.length >= criticalItems;
  const examples = chronic.slice(0, 3).map((c) => `${c.issueKey} (${c.sprintIds.length} sprints)`).join(', ');
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation: `${plural(chronic.length, 'item was', 'items were')} left unfinished in ${minSprints} or more sprints in a row, the longest for ${longest} sprints: ${examples}.`,
      evidence: evidence({ issueKeys: chronic.map((c) => c.issueKey), sprintIds: chronic.flatMap((c) => c.sprintIds) }),
      question: 'What keeps these items from being finished, and would splitting them or returning them to the backlog help?',
      rule: `an item carried over ${minSprints} or more sprints in a row (critical at ${2 * minSprints} sprints, or with ${criticalItems} or more such items)`,
    },
  };
});
