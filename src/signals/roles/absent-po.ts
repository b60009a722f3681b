/**
 * absent-po: the Product Owner has not tended the backlog while the team is in a sprint.
 * Needs a named PO. Quiet without an active sprint. Backlog activity = rank, sprint or estimate
 * changes by the PO on backlog items. Warning when the last one is more than `days` (14) days ago;
 * critical when it is more than twice that long ago, or none is in the history.
 */
import type { SignalRule } from '../rule';
import { toMs } from '../../analysis/history/parse';
import { DAY_MS, evidence, fired } from '../sprints/shared';
import { NO_PO } from './po-assigns-work';

export const absentPo: SignalRule = {
  id: 'absent-po',
  role: 'PO',
  area: 'roles',
  evaluate(ctx) {
    const owners = ctx.settings.roles.productOwners;
    if (owners.length === 0) return { silent: NO_PO };
    const active = ctx.sprints?.active ?? null;
    if (active === null) return { quiet: true };
    const { days } = ctx.settings.thresholds.absentPo;
    const last = toMs(ctx.roles.lastPoBacklogActivity);
    const nowMs = ctx.now.getTime();
    const idleDays = last === null ? null : Math.floor((nowMs - last) / DAY_MS);
    if (idleDays !== null && idleDays <= days) return { quiet: true };
    const critical = idleDays === null || idleDays > 2 * days;
    return fired({
      id: 'absent-po',
      role: 'PO',
      area: 'roles',
      severity: critical ? 'critical' : 'warning',
      title: 'The backlog has not seen its Product Owner lately',
      observation:
        idleDays === null
          ? `The history shows no backlog changes (ranking, sprint planning or estimates) by the Product Owner, while the team is in ${active.name}.`
          : `The Product Owner’s last backlog change (ranking, sprint planning or estimates) was ${idleDays} days ago, while the team is in ${active.name}.`,
      evidence: evidence({ sprintIds: [active.id], people: owners, dates: ctx.roles.lastPoBacklogActivity ? [ctx.roles.lastPoBacklogActivity] : [] }),
      question: 'What is taking the Product Owner’s time, and how might the team get the backlog attention it needs before the next planning?',
      rule: `no backlog activity by the Product Owner for ${days} days while a sprint is running (critical after ${2 * days} days or none at all)`,
    });
  },
};
