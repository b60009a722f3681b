/**
 * The roles section: who is named in each role, who actually orders the backlog and assigns work,
 * and when the Product Owner last tended the backlog.
 */
import type { BoardData } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import type { RolesSection } from '../../domain/report';
import { assigneeChangesOnSprintItems, backlogActivityBy, countByPerson, rankChanges, windowStart } from './events';

export interface RolesInput {
  data: BoardData;
  settings: ProjectSettings;
  now: Date;
}

export function analyseRoles({ data, settings, now }: RolesInput): RolesSection {
  const nowMs = now.getTime();
  const { productOwners, scrumMasters } = settings.roles;
  // Rank changes by person over the role window (default 90 days).
  const rankChangesBy = countByPerson(rankChanges(data, windowStart(now, settings.thresholds.smOrdersBacklog.windowDays), nowMs));
  const assigneeChangesBy = countByPerson(assigneeChangesOnSprintItems(data, windowStart(now, settings.thresholds.poAssignsWork.windowDays), nowMs));
  // Acting backlog owner: only when no PO is named; the person (not automation) with most rank changes.
  const topRanker = rankChangesBy.find((row) => row.accountId !== null);
  const latest = backlogActivityBy(data, new Set(productOwners))[0];
  return {
    productOwners: [...productOwners],
    scrumMasters: [...scrumMasters],
    actingBacklogOwner: productOwners.length === 0 && topRanker ? topRanker.accountId : null,
    rankChangesBy,
    assigneeChangesBy,
    lastPoBacklogActivity: latest ? new Date(latest.atMs).toISOString() : null,
  };
}
