/**
 * absent-po: the Product Owner has not tended the backlog while the team is in a sprint.
 * Needs a named PO, and a board that runs sprints (silent on a Kanban board, where no sprint ever
 * runs). Quiet without an active sprint. Backlog activity = rank, sprint or estimate
 * changes by the PO on backlog items. Warning when the last one is more than `days` (14) days ago;
 * critical when it is more than twice that long ago, or none is in the history.
 */
import { toMs } from '../../analysis/history/parse';
import { defineRule } from '../rule';
import { DAY_MS, MEASURED_IN_SPRINTS, NO_PO, evidence } from '../helpers';
import { absentPo } from './declaration';

export const absentPoRule = defineRule(absentPo, (ctx, { days }) => {
  const owners = ctx.settings.roles.productOwners;
  if (owners.length === 0) return { silent: NO_PO };
  if (!ctx.runsSprints) return { silent: MEASURED_IN_SPRINTS };
  const active = ctx.sprints?.active ?? null;
  if (active === null) return { quiet: true };
  const last = toMs(ctx.roles.lastPoBacklogActivity);
  const idleDays = last === null ? null : Math.floor((ctx.now.getTime() - last) / DAY_MS);
  if (idleDays !== null && idleDays <= days) return { quiet: true };
  const critical = idleDays === null || idleDays > 2 * days;
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation:
        idleDays === null
          ? `The history shows no backlog changes (ranking, sprint planning or estimates) by the Product Owner, while the team is in ${active.name}.`
          : `The Product Owner’s last backlog change (ranking, sprint planning or estimates) was ${idleDays} days ago, while the team is in ${active.name}.`,
      evidence: evidence({ sprintIds: [active.id], people: owners, dates: ctx.roles.lastPoBacklogActivity ? [ctx.roles.lastPoBacklogActivity] : [] }),
      question: 'What is taking the Product Owner’s time, and how might the team get the backlog attention it needs before the next planning?',
      rule: `no backlog activity by the Product Owner for ${days} days while a sprint is running (critical after ${2 * days} days or none at all)`,
    },
  };
});
