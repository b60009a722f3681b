/**
 * committee-ordering: many people order the backlog and no one of them clearly leads.
 * Warning when at least minRankers (default 3) people changed ranks in the last windowDays (90)
 * and the most active of them made fewer than topRankerShareBelow (60%) of all rank changes;
 * critical when that share is below half the threshold (30%).
 * Silent without backlog figures or when the rank field is unknown; quiet with no rank changes.
 */
import { percent } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_BACKLOG, evidence } from '../helpers';
import { committeeOrdering } from './declaration';

export const committeeOrderingRule = defineRule(committeeOrdering, (ctx, { minRankers, topRankerShareBelow, windowDays }) => {
  const backlog = ctx.backlog;
  if (backlog === null) return { silent: NO_BACKLOG };
  if (!backlog.ordering.rankFieldFound) return { silent: 'The rank field was not found on this Jira site, so who orders the backlog cannot be seen.' };
  const { distinctRankers, topRankerShare, rankers } = backlog.ordering;
  if (topRankerShare === null || distinctRankers < minRankers || topRankerShare >= topRankerShareBelow) return { quiet: true };

  const total = rankers.reduce((sum, r) => sum + r.changes, 0);
  const people = rankers.filter((r) => r.accountId !== null).map((r) => r.accountId as string);
  return {
    fired: {
      severity: topRankerShare < topRankerShareBelow / 2 ? 'critical' : 'warning',
      observation:
        `${distinctRankers} people changed the backlog order in the last ${windowDays} days (${total} rank changes); ` +
        `the most active of them made ${percent(topRankerShare)} of the changes.`,
      evidence: evidence({ people }),
      question: 'How might the team agree that one person, the Product Owner, makes the final call on the order, with everyone else feeding in?',
      rule: `${minRankers} or more people re-rank and the most active makes under ${percent(topRankerShareBelow)} of rank changes in ${windowDays} days (critical under ${percent(topRankerShareBelow / 2)})`,
    },
  };
});
