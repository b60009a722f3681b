/**
 * churning-priorities: the top of the backlog changes a lot from one week to the next.
 * Compared over the survivors (items in the backlog a week ago and today; docs/metrics.md,
 * "Ordering stability"): warning when the share of last week's top 10 survivors still among today's
 * top 10 survivors is below top10OverlapBelow (default 50%); critical below half of that (25%).
 * Items pulled into a sprint or finished since are consumption, and newcomers are said apart: neither
 * counts as churn. Silent without backlog figures or without a snapshot from about a week ago.
 */
import { decimal, percent, plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_BACKLOG, evidence } from '../helpers';
import { churningPriorities } from './declaration';

export const churningPrioritiesRule = defineRule(churningPriorities, (ctx, { top10OverlapBelow: threshold }) => {
  const backlog = ctx.backlog;
  if (backlog === null) return { silent: NO_BACKLOG };
  const { top10Overlap: kept, weekAgo } = backlog.ordering;
  if (kept === null || weekAgo === null) {
    return {
      silent:
        backlog.ordering.snapshotCount === 0
          ? 'The app compares the backlog order with a copy from a week ago; it has not kept any copy of this backlog yet.'
          : weekAgo === null
            ? 'The app compares the backlog order with a copy from about a week ago; the copies it has are not from around then yet.'
            : 'None of the items in the backlog a week ago is still in it, so there is no order to compare.',
    };
  }
  if (kept >= threshold) return { quiet: true };

  const compared = weekAgo.keptKeys.length + weekAgo.fellKeys.length;
  const rbo = backlog.ordering.rbo7 === null ? '' : ` The overall similarity of the top 20 to last week's order, over the same items, is ${decimal(backlog.ordering.rbo7)} on a scale from 0 to 1.`;
  const newcomers = weekAgo.newcomerCount === 0 ? '' : ` Besides, ${plural(weekAgo.newcomerCount, 'new item was', 'new items were')} put into the top 10; they are not counted here.`;
  return {
    fired: {
      severity: kept < threshold / 2 ? 'critical' : 'warning',
      observation:
        `Of the ${plural(compared, 'item')} at the top a week ago that are still in the backlog, only ${weekAgo.keptKeys.length} ` +
        `${weekAgo.keptKeys.length === 1 ? 'is' : 'are'} among today's top 10 of those items (${percent(kept)}).${rbo}${newcomers}`,
      evidence: evidence({ issueKeys: weekAgo.fellKeys, dates: [weekAgo.takenAt, ctx.now.toISOString()] }),
      question: 'What is moving the top of the backlog this often, and how might the team get a steadier view of the next sprints?',
      rule:
        `fewer than ${percent(threshold)} of last week's top 10 items still in the backlog are in today's top 10 ` +
        `(critical below ${percent(threshold / 2)}); items taken into a sprint or finished do not count`,
    },
  };
});
