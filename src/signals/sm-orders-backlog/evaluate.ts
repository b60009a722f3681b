/**
 * sm-orders-backlog: the Scrum Master orders the backlog.
 * Looks at rank changes over the last `windowDays` (90). Needs a named SM. Quiet without rank
 * changes. Warning when the named SM(s) made more than `shareAbove` (20%) of them; critical at twice
 * that share (40%) or more.
 */
import { listInWords, percent } from '../../vocabulary';
import { displayNameOf } from '../../analysis/history/people';
import { defineRule } from '../rule';
import { NO_SM, evidence, partOf } from '../helpers';
import { smOrdersBacklog } from './declaration';

export const smOrdersBacklogRule = defineRule(smOrdersBacklog, (ctx, { shareAbove, windowDays }) => {
  const masters = ctx.settings.roles.scrumMasters;
  if (masters.length === 0) return { silent: NO_SM };
  // SM share = rank changes by the named SM(s) / all rank changes in the window.
  const { total, rows: bySm, changes: smChanges, share } = partOf(ctx.roles.rankChangesBy, masters);
  if (total === 0 || share <= shareAbove) return { quiet: true };
  const events = ctx.roles.scrumMasterRankChanges;
  return {
    fired: {
      severity: share >= 2 * shareAbove ? 'critical' : 'warning',
      observation: `Of ${total} rank changes in the last ${windowDays} days, ${smChanges} (${percent(share)}) were made by the person named as Scrum Master (${listInWords(bySm.map((r) => displayNameOf(ctx.people, r.accountId)))}).`,
      evidence: evidence({ issueKeys: events.map((e) => e.issueKey), people: bySm.map((r) => r.accountId), dates: events.map((e) => e.at) }),
      question: 'Whose decisions do these re-rankings carry, and how might the Product Owner own the order directly?',
      rule: `a Scrum Master makes more than ${percent(shareAbove)} of rank changes in ${windowDays} days (critical from ${percent(2 * shareAbove)})`,
    },
  };
});
