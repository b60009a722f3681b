/**
 * finished-without-start: work that reaches Done without ever being in progress on the board.
 * Share = items finished in the cycle-time window (90 days) that were never in an in-progress
 * column / all items finished in the window. Warning when the share is above `maxShare` (0.2) and
 * there are `minItems` (3) or more such items; critical when the share is above twice `maxShare`.
 * Silent without flow figures, or when nothing was finished in the window.
 */
import { percent, plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_FLOW, evidence } from '../helpers';
import { finishedWithoutStart } from './declaration';

export const finishedWithoutStartRule = defineRule(finishedWithoutStart, (ctx, { maxShare, minItems }) => {
  const flow = ctx.flow;
  if (flow === null) return { silent: NO_FLOW };
  const skipped = flow.finishedWithoutStart;
  const all = skipped.length + flow.cycleTime.finished.length;
  const window = `the last ${flow.cycleTime.windowDays} days`;
  if (all === 0) return { silent: `Nothing was finished in ${window}, so there is nothing to look at.` };
  const share = skipped.length / all;
  if (skipped.length < minItems || share <= maxShare) return { quiet: true };
  return {
    fired: {
      severity: share > 2 * maxShare ? 'critical' : 'warning',
      observation: `${plural(skipped.length, 'item')} of the ${all} finished in ${window} (${percent(share)}) went to Done without ever being in an in-progress column, so the board did not show them being worked on.`,
      evidence: evidence({ issueKeys: skipped }),
      question: 'Is the board moved as the work happens, or only once it is done? What would make the work in progress visible to everyone?',
      rule: `more than ${percent(maxShare)} of the finished items, and ${minItems} or more, never in progress (critical above ${percent(2 * maxShare)})`,
    },
  };
});
