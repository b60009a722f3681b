/**
 * sm-orders-backlog: the Scrum Master orders the backlog.
 * Looks at rank changes over the last `windowDays` (90). Needs a named SM. Quiet without rank
 * changes. Warning when the named SM(s) made more than `shareAbove` (20%) of them; critical at twice
 * that share (40%) or more.
 */
import type { SignalRule } from '../rule';
import { displayNameOf } from '../../analysis/history/people';
import { evidence, fired, listInWords, percent } from '../sprints/shared';

export const NO_SM = 'No Scrum Master is named in the settings, so the app cannot tell which changes were the Scrum Master’s.';

export const smOrdersBacklog: SignalRule = {
  id: 'sm-orders-backlog',
  role: 'SM',
  area: 'roles',
  evaluate(ctx) {
    const masters = ctx.settings.roles.scrumMasters;
    if (masters.length === 0) return { silent: NO_SM };
    const { shareAbove, windowDays } = ctx.settings.thresholds.smOrdersBacklog;
    const total = ctx.roles.rankChangesBy.reduce((n, row) => n + row.changes, 0);
    if (total === 0) return { quiet: true };
    const bySm = ctx.roles.rankChangesBy.filter((row) => row.accountId !== null && masters.includes(row.accountId));
    const smChanges = bySm.reduce((n, row) => n + row.changes, 0);
    // SM share = rank changes by the named SM(s) / all rank changes in the window.
    const share = smChanges / total;
    if (share <= shareAbove) return { quiet: true };
    const events = ctx.roles.scrumMasterRankChanges;
    return fired({
      id: 'sm-orders-backlog',
      role: 'SM',
      area: 'roles',
      severity: share >= 2 * shareAbove ? 'critical' : 'warning',
      title: 'The Scrum Master role does much of the backlog ordering',
      observation: `Of ${total} rank changes in the last ${windowDays} days, ${smChanges} (${percent(share)}) were made by the person named as Scrum Master (${listInWords(bySm.map((r) => displayNameOf(ctx.people, r.accountId)))}).`,
      evidence: evidence({ issueKeys: events.map((e) => e.issueKey), people: bySm.map((r) => r.accountId as string), dates: events.map((e) => e.at) }),
      question: 'Whose decisions do these re-rankings carry, and how might the Product Owner own the order directly?',
      rule: `a Scrum Master makes more than ${percent(shareAbove)} of rank changes in ${windowDays} days (critical from ${percent(2 * shareAbove)})`,
    });
  },
};
