/**
 * po-assigns-work: the Product Owner hands out the work inside sprints.
 * Looks at assignee changes on sprint items over the last `windowDays` (90). Needs a named PO, and a
 * board that runs sprints (on a Kanban board there are no sprint items to look at: silent, not quiet).
 * Quiet below `minChanges` (10) changes. Warning when the named PO(s) made more than `shareAbove`
 * (30%) of them; critical at twice that share (60%) or more.
 */
import { listInWords, percent } from '../../vocabulary';
import { displayNameOf } from '../../analysis/history/people';
import { defineRule } from '../rule';
import { MEASURED_IN_SPRINTS, NO_PO, evidence, partOf } from '../helpers';
import { poAssignsWork } from './declaration';

export const poAssignsWorkRule = defineRule(poAssignsWork, (ctx, { shareAbove, minChanges, windowDays }) => {
  const owners = ctx.settings.roles.productOwners;
  if (owners.length === 0) return { silent: NO_PO };
  if (!ctx.runsSprints) return { silent: MEASURED_IN_SPRINTS };
  // PO share = assignee changes on sprint items made by the named PO(s) / all such changes.
  const { total, rows: byOwners, changes: ownerChanges, share } = partOf(ctx.roles.assigneeChangesBy, owners);
  if (total < minChanges || share <= shareAbove) return { quiet: true };
  const events = ctx.roles.productOwnerAssignments;
  return {
    fired: {
      severity: share >= 2 * shareAbove ? 'critical' : 'warning',
      observation: `Of ${total} assignee changes on sprint items in the last ${windowDays} days, ${ownerChanges} (${percent(share)}) were made by the person named as Product Owner (${listInWords(byOwners.map((r) => displayNameOf(ctx.people, r.accountId)))}).`,
      evidence: evidence({ issueKeys: events.map((e) => e.issueKey), people: byOwners.map((r) => r.accountId), dates: events.map((e) => e.at) }),
      question: 'How might the team pull and share out the sprint’s work itself, leaving the Product Owner more time for the backlog and its users?',
      rule: `the Product Owner makes more than ${percent(shareAbove)} of assignee changes on sprint items (${minChanges} or more changes in ${windowDays} days; critical from ${percent(2 * shareAbove)})`,
    },
  };
});
