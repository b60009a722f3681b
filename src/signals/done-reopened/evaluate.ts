/**
 * done-reopened: finished items come back out of Done.
 * Looks at the reopenings (done -> not done, during a sprint or after its completion) of the last
 * `ofLast` closed sprints (default 6), each item and moment counted once. Warning when there are
 * `minItems` (1) or more; critical when they happened in `criticalSprints` (3) or more of those sprints.
 */
import { plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_SPRINTS, evidence, lastClosed } from '../helpers';
import { doneReopened } from './declaration';

export const doneReopenedRule = defineRule(doneReopened, (ctx, { minItems, ofLast, criticalSprints }) => {
  if (ctx.sprints === null) return { silent: NO_SPRINTS };
  const recent = lastClosed(ctx, ofLast);
  const seen = new Set<string>();
  const reopenings: { issueKey: string; at: string; by: string | null; sprintId: number }[] = [];
  for (const s of recent) {
    for (const r of s.reopened) {
      const key = `${r.issueKey}@${r.at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reopenings.push({ ...r, sprintId: s.id });
    }
  }
  const items = new Set(reopenings.map((r) => r.issueKey));
  if (items.size < minItems || items.size === 0) return { quiet: true };
  const sprintIds = [...new Set(reopenings.map((r) => r.sprintId))];
  return {
    fired: {
      severity: sprintIds.length >= criticalSprints ? 'critical' : 'warning',
      observation: `${plural(items.size, 'item')} moved out of a done status ${plural(reopenings.length, 'time')} across ${plural(sprintIds.length, 'sprint')} of the last ${recent.length}: ${[...items].slice(0, 5).join(', ')}.`,
      evidence: evidence({
        issueKeys: [...items],
        sprintIds,
        people: reopenings.map((r) => r.by).filter((p): p is string => p !== null),
        dates: reopenings.map((r) => r.at),
      }),
      question: 'What did these items turn out to be missing, and what might the team add to its Definition of Done?',
      rule: `${minItems} or more items moved out of done in the last ${ofLast} closed sprints (critical when it happened in ${criticalSprints} or more of them)`,
    },
  };
});
