/**
 * thin-ready-runway: the ready work at the top of the backlog will not fill the next sprint.
 * Warning when ready runway < belowSprints (default 1 sprint); critical when it is below half the
 * threshold (runway < belowSprints / 2: under half a sprint with the default). An empty backlog has
 * a runway of 0 and so is critical.
 * Silent without backlog figures or without a capacity (no closed sprints, or a board that runs
 * none): the runway is unknown.
 */
import { decimal, plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { MEASURED_IN_SPRINTS, NO_BACKLOG, evidence } from '../helpers';
import { thinReadyRunway } from './declaration';

export const thinReadyRunwayRule = defineRule(thinReadyRunway, (ctx, { belowSprints: threshold }) => {
  const backlog = ctx.backlog;
  if (backlog === null) return { silent: NO_BACKLOG };
  const runway = backlog.readyRunwaySprints;
  if (runway === null && !ctx.runsSprints) return { silent: MEASURED_IN_SPRINTS };
  if (runway === null) return { silent: 'The ready runway is measured in sprints of capacity, and this board has no finished sprints to take a capacity from yet.' };
  if (runway >= threshold) return { quiet: true };

  const unready = backlog.nearTerm.filter((item) => item.failedChecks.length > 0);
  const ready = backlog.nearTerm.length - unready.length;
  const unit = backlog.capacity.unit === 'points' ? 'points' : 'items';
  return {
    fired: {
      severity: runway < threshold / 2 ? 'critical' : 'warning',
      observation:
        backlog.size === 0
          ? 'The backlog is empty, so nothing is ready for the sprint after the current one.'
          : `The ready items at the top of the backlog add up to about ${decimal(runway)} sprints of work ` +
            `(capacity ${decimal(backlog.capacity.value ?? 0)} ${unit} a sprint). ` +
            `${ready} of ${plural(backlog.nearTerm.length, 'near-term item')} meet the Definition of Ready.`,
      evidence: evidence({ issueKeys: unready.map((item) => item.key), dates: [ctx.now.toISOString()] }),
      question: 'What would help the team have the next sprint\'s items ready before sprint planning starts?',
      rule: `ready runway below ${decimal(threshold)} sprint${threshold === 1 ? '' : 's'} (critical below ${decimal(threshold / 2)})`,
    },
  };
});
