/**
 * unfinished-sprints: the team often does not finish what it planned.
 * Looks at the last `ofLast` closed sprints (default 3). Warning when commitment reliability is
 * below `reliabilityBelow` (70%) in at least `inSprints` (2) of them; critical when it is below in
 * every one of them (three sprints in a row with the defaults). Sprints with no commitment
 * (reliability null) never count as below.
 */
import type { SignalRule } from '../rule';
import { NO_SPRINTS, evidence, fired, lastClosed, percent } from './shared';

export const unfinishedSprints: SignalRule = {
  id: 'unfinished-sprints',
  role: 'SM',
  area: 'sprints',
  evaluate(ctx) {
    if (ctx.sprints === null) return { silent: NO_SPRINTS };
    const { reliabilityBelow, inSprints, ofLast } = ctx.settings.thresholds.unfinishedSprints;
    const recent = lastClosed(ctx, ofLast);
    const below = recent.filter((s) => s.commitmentReliability !== null && s.commitmentReliability < reliabilityBelow);
    if (below.length < inSprints || below.length === 0) return { quiet: true };
    const critical = recent.length === ofLast && below.length === ofLast && ofLast > inSprints;
    const list = below.map((s) => `${s.name} (${percent(s.commitmentReliability ?? 0)})`).join(', ');
    return fired({
      id: 'unfinished-sprints',
      role: 'SM',
      area: 'sprints',
      severity: critical ? 'critical' : 'warning',
      title: 'Sprints often end with planned work unfinished',
      observation: `In ${below.length} of the last ${recent.length} closed sprints, less than ${percent(reliabilityBelow)} of the committed work was finished: ${list}.`,
      evidence: evidence({
        sprintIds: below.map((s) => s.id),
        issueKeys: below.flatMap((s) => s.notCompleted.issues),
        dates: below.map((s) => s.completeDate).filter((d): d is string => d !== null),
      }),
      question: 'What got in the way of finishing the planned work, and how might the team plan a sprint it can finish?',
      rule: `commitment reliability below ${percent(reliabilityBelow)} in ${inSprints} of the last ${ofLast} closed sprints (critical when in all ${ofLast})`,
    });
  },
};
