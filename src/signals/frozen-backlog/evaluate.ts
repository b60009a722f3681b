/**
 * frozen-backlog: nobody has re-ranked the backlog for a while, although new work keeps arriving.
 * Warning when there was no rank change in the last noRerankDays (default 30) while at least
 * createdAtLeast (default 10) items were created in that time; critical when the last rank change
 * is more than twice that long ago (60 days), or none is in the history at all.
 * Silent without backlog figures or when the rank field is unknown on this site.
 */
import { plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { DAY_MS, NO_BACKLOG, evidence } from '../helpers';
import { frozenBacklog } from './declaration';

export const frozenBacklogRule = defineRule(frozenBacklog, (ctx, { noRerankDays, createdAtLeast }) => {
  const backlog = ctx.backlog;
  if (backlog === null) return { silent: NO_BACKLOG };
  if (!backlog.ordering.rankFieldFound) return { silent: 'The rank field was not found on this Jira site, so re-ranking cannot be seen.' };
  const nowMs = ctx.now.getTime();
  const windowStart = nowMs - noRerankDays * DAY_MS;
  const last = backlog.ordering.lastRerankAt === null ? null : Date.parse(backlog.ordering.lastRerankAt);
  if (last !== null && last > windowStart) return { quiet: true };

  // The section lists the items created in the last noRerankDays.
  const created = backlog.newItems.keys;
  if (created.length < createdAtLeast) return { quiet: true };

  const critical = last === null || last <= nowMs - 2 * noRerankDays * DAY_MS;
  const since =
    last === null
      ? 'No re-ranking shows up in the history the app can see'
      : `The backlog was last re-ranked ${Math.floor((nowMs - last) / DAY_MS)} days ago`;
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation: `${since}, while ${plural(created.length, 'new item')} arrived in the last ${noRerankDays} days.`,
      evidence: evidence({ issueKeys: created, dates: backlog.ordering.lastRerankAt === null ? [] : [backlog.ordering.lastRerankAt] }),
      question: 'How might the order of the backlog keep up with the new work and what the team has learned lately?',
      rule: `no re-ranking for ${noRerankDays} days while ${createdAtLeast} or more items were created (critical after ${2 * noRerankDays} days)`,
    },
  };
});
