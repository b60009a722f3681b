/**
 * over-refined-backlog: far more is ready than the team can use soon, or distant items already carry
 * detail that will go stale.
 * Warning when ready runway > runwayAboveSprints (default 3) or over-specification >
 * overSpecificationAbove (default 30%); critical when either is twice its threshold
 * (runway > 6 sprints, or over-specification > 60%).
 * Silent without backlog figures, or when both figures are unknown (no capacity); quiet otherwise.
 */
import { decimal, percent } from '../../vocabulary';
import { defineRule } from '../rule';
import { MEASURED_IN_SPRINTS, NO_BACKLOG, evidence } from '../helpers';
import { overRefinedBacklog } from './declaration';

export const overRefinedBacklogRule = defineRule(overRefinedBacklog, (ctx, { runwayAboveSprints, overSpecificationAbove }) => {
  const backlog = ctx.backlog;
  if (backlog === null) return { silent: NO_BACKLOG };
  const runway = backlog.readyRunwaySprints;
  const overSpec = backlog.overSpecification.share;
  if (runway === null && overSpec === null) {
    if (!ctx.runsSprints) return { silent: MEASURED_IN_SPRINTS };
    return { silent: 'Both figures behind this rule are measured in sprints of capacity, and this board has no finished sprints yet.' };
  }
  const longRunway = runway !== null && runway > runwayAboveSprints;
  const detailedFarAhead = overSpec !== null && overSpec > overSpecificationAbove;
  if (!longRunway && !detailedFarAhead) return { quiet: true };

  const critical = (runway !== null && runway > 2 * runwayAboveSprints) || (overSpec !== null && overSpec > 2 * overSpecificationAbove);
  const parts: string[] = [];
  if (longRunway) parts.push(`Ready work at the top of the backlog would last about ${decimal(runway)} sprints.`);
  if (detailedFarAhead) {
    parts.push(
      `${backlog.overSpecification.detailedKeys.length} of the ${backlog.overSpecification.distantCount} items planned beyond ` +
        `${decimal(ctx.settings.distantBeyondSprints)} sprints (${percent(overSpec)}) already have estimates, sub-tasks or long acceptance criteria.`,
    );
  }
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation: parts.join(' '),
      evidence: evidence({ issueKeys: backlog.overSpecification.detailedKeys, dates: [ctx.now.toISOString()] }),
      question: 'How might the team keep detailed refinement close to the sprints where the work will be built, so less of it goes stale?',
      rule:
        `ready runway above ${decimal(runwayAboveSprints)} sprints or over-specification above ${percent(overSpecificationAbove)} ` +
        `(critical above ${decimal(2 * runwayAboveSprints)} sprints or ${percent(2 * overSpecificationAbove)})`,
    },
  };
});
