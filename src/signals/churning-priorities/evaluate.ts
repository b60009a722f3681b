/**
 * churning-priorities: the top of the backlog changes a lot from one week to the next.
 * Warning when the share of today's top 10 that were in the top 10 a week ago is below
 * top10OverlapBelow (default 50%); critical below half of that (25%).
 * Silent without backlog figures or without a snapshot from about a week ago (the figure needs one).
 */
import { decimal, percent } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_BACKLOG, evidence } from '../helpers';
import { churningPriorities } from './declaration';

export const churningPrioritiesRule = defineRule(churningPriorities, (ctx, { top10OverlapBelow: threshold }) => {
  const backlog = ctx.backlog;
  if (backlog === null) return { silent: NO_BACKLOG };
  const overlap = backlog.ordering.top10Overlap;
  if (overlap === null) {
    return {
      silent:
        backlog.ordering.snapshotCount === 0
          ? 'The app compares the backlog order with a copy from a week ago; it has not kept any copy of this backlog yet.'
          : 'The app compares the backlog order with a copy from about a week ago; the copies it has are not from around then yet.',
    };
  }
  if (overlap >= threshold) return { quiet: true };

  const top = backlog.strip.slice(0, 10).map((item) => item.key);
  const stayed = Math.round(overlap * top.length);
  const rbo = backlog.ordering.rbo7 === null ? '' : ` The overall similarity of the top 20 to last week's order is ${decimal(backlog.ordering.rbo7)} on a scale from 0 to 1.`;
  return {
    fired: {
      severity: overlap < threshold / 2 ? 'critical' : 'warning',
      observation: `Only ${stayed} of today's top ${top.length} items (${percent(overlap)}) were in the top 10 a week ago.${rbo}`,
      evidence: evidence({ issueKeys: top, dates: [ctx.now.toISOString()] }),
      question: 'What is moving the top of the backlog this often, and how might the team get a steadier view of the next sprints?',
      rule: `fewer than ${percent(threshold)} of the top 10 items still in the top 10 a week later (critical below ${percent(threshold / 2)})`,
    },
  };
});
