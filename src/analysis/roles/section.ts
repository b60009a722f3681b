/**
 * The roles section: who is named in each role, who actually orders the backlog and assigns work,
 * when the Product Owner last tended the backlog, and the named people's own assignments and
 * re-rankings in the windows the role signals look at.
 */
import type { BoardData } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import type { PersonChange, RolesSection } from '../../domain/report';
import type { BoardHistory } from '../history/board-history';
import { type PersonEvent, assigneeChangesOnSprintItems, backlogActivityBy, countByPerson, rankChanges, windowStart } from './events';

export interface RolesInput {
  data: BoardData;
  /** The board's history, read once per report (src/analysis/history). */
  history: BoardHistory;
  settings: ProjectSettings;
  now: Date;
}

/**
 * The acting backlog owner is the person with most rank changes in this many days (docs/metrics.md, "Acting backlog owner"):
 * a quarter spans several sprints, so one busy week of re-ranking does not name someone. It is its
 * own window, not the sm-orders-backlog rule's, which a team may shorten or lengthen for that rule.
 */
export const ACTING_OWNER_WINDOW_DAYS = 90;

export function analyseRoles({ data, history, settings, now }: RolesInput): RolesSection {
  const nowMs = now.getTime();
  const { productOwners, scrumMasters } = settings.roles;
  // Rank changes by person over the sm-orders-backlog window (default 90 days), which that rule reads.
  const rankerWindowDays = settings.thresholds.smOrdersBacklog.windowDays;
  const ranks = rankChanges(history, windowStart(now, rankerWindowDays), nowMs);
  const assignments = assigneeChangesOnSprintItems(history, data.sprints, windowStart(now, settings.thresholds.poAssignsWork.windowDays), nowMs);
  const rankChangesBy = countByPerson(ranks);
  const assigneeChangesBy = countByPerson(assignments);
  // Acting backlog owner: only when no PO is named; the person (not automation) with most rank changes.
  const ownerRanking =
    rankerWindowDays === ACTING_OWNER_WINDOW_DAYS ? rankChangesBy : countByPerson(rankChanges(history, windowStart(now, ACTING_OWNER_WINDOW_DAYS), nowMs));
  const topRanker = ownerRanking.find((row) => row.accountId !== null);
  const latest = backlogActivityBy(history, data.sprints, new Set(productOwners))[0];
  return {
    productOwners: [...productOwners],
    scrumMasters: [...scrumMasters],
    actingBacklogOwner: productOwners.length === 0 && topRanker ? topRanker.accountId : null,
    rankChangesBy,
    assigneeChangesBy,
    lastPoBacklogActivity: latest ? new Date(latest.atMs).toISOString() : null,
    productOwnerAssignments: madeBy(assignments, productOwners),
    scrumMasterRankChanges: madeBy(ranks, scrumMasters),
  };
}

/** The events made by one of `people`, in the order found. */
function madeBy(events: readonly PersonEvent[], people: readonly string[]): PersonChange[] {
  const changes: PersonChange[] = [];
  for (const { issueKey, at, by } of events) if (by !== null && people.includes(by)) changes.push({ issueKey, at, by });
  return changes;
}

/** The roles section of a report whose role figures could not be worked out: the named people, no figures. */
export function emptyRolesSection(roles: ProjectSettings['roles']): RolesSection {
  return {
    productOwners: [...roles.productOwners],
    scrumMasters: [...roles.scrumMasters],
    actingBacklogOwner: null,
    rankChangesBy: [],
    assigneeChangesBy: [],
    lastPoBacklogActivity: null,
    productOwnerAssignments: [],
    scrumMasterRankChanges: [],
  };
}
