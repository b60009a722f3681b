/**
 * unfinished-sprints: the team often does not finish what it planned.
 * Looks at the last `ofLast` closed sprints (default 3). Warning when commitment reliability is
 * below `reliabilityBelow` (70%) in at least `inSprints` (2) of them; critical when it is below in
 * every one of them (three sprints in a row with the defaults). Sprints with no commitment
 * (reliability null) never count as below.
 */
import { percent } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_SPRINTS, evidence, lastClosed } from '../helpers';
import { unfinishedSprints } from './declaration';

export const unfinishedSprintsRule = defineRule(unfinishedSprints, (ctx, { reliabilityBelow, inSprints, ofLast }) => {
  if (ctx.sprints === null) return { silent: NO_SPRINTS };
  const recent = lastClosed(ctx, ofLast);
  const below = recent.filter((s) => s.commitmentReliability !== null && s.commitmentReliability < reliabilityBelow);
  if (below.length < inSprints || below.length === 0) return { quiet: true };
  const critical = recent.length === ofLast && below.length === ofLast && ofLast > inSprints;
  const list = below.map((s) => `${s.name} (${percent(s.commitmentReliability ?? 0)})`).join(', ');
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation: `In ${below.length} of the last ${recent.length} closed sprints, less than ${percent(reliabilityBelow)} of the committed work was finished: ${list}.`,
      evidence: evidence({
        sprintIds: below.map((s) => s.id),
        issueKeys: below.flatMap((s) => s.notCompleted.issues),
        dates: below.map((s) => s.completeDate).filter((d): d is string => d !== null),
      }),
      question: 'What got in the way of finishing the planned work, and how might the team plan a sprint it can finish?',
      rule: `commitment reliability below ${percent(reliabilityBelow)} in ${inSprints} of the last ${ofLast} closed sprints (critical when in all ${ofLast})`,
    },
  };
});
