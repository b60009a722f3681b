/** The people map of a report: every account id the report mentions -> display name and avatar. */
import type { Report } from '../domain/report';
import type { PeopleDirectory } from '../analysis/history/people';

type WithoutPeople = Omit<Report, 'people'>;

/**
 * Every account id the report's sections reference (roles, sprint changes, rankers). The signals
 * read only the sections, so the people their evidence names are among these.
 */
export function sectionAccountIds({ roles, sprints, backlog }: Pick<Report, 'roles' | 'sprints' | 'backlog'>): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => {
    if (id) ids.add(id);
  };
  [...roles.productOwners, ...roles.scrumMasters, roles.actingBacklogOwner].forEach(add);
  roles.rankChangesBy.forEach((r) => add(r.accountId));
  roles.assigneeChangesBy.forEach((r) => add(r.accountId));
  roles.productOwnerAssignments.forEach((c) => add(c.by));
  roles.scrumMasterRankChanges.forEach((c) => add(c.by));
  for (const s of sprints?.closed ?? []) {
    s.estimateChanges.forEach((c) => add(c.by));
    s.scopeChanges.forEach((c) => add(c.by));
    s.reopened.forEach((r) => add(r.by));
    s.record.changes.forEach((c) => add(c.by));
    (s.issues ?? []).forEach((row) => [row.addedBy, row.removedBy].forEach(add));
  }
  const running = sprints?.active?.running;
  running?.record.changes.forEach((c) => add(c.by));
  running?.issues.forEach((row) => [row.addedBy, row.removedBy].forEach(add));
  sprints?.scopeChangers.forEach((c) => add(c.accountId));
  backlog?.ordering.rankers.forEach((r) => add(r.accountId));
  return ids;
}

/** Every account id the report references: its sections' and its signals' evidence. */
export function referencedAccountIds(report: WithoutPeople): Set<string> {
  const ids = sectionAccountIds(report);
  for (const signal of report.signals) signal.evidence.people.forEach((id) => ids.add(id));
  return ids;
}

export function buildPeople(report: WithoutPeople, directory: PeopleDirectory): Report['people'] {
  const referenced = referencedAccountIds(report);
  const people: Report['people'] = {};
  for (const id of [...referenced].sort()) {
    const person = directory.get(id);
    people[id] = person
      ? { displayName: person.displayName, avatarUrl: person.avatarUrl }
      : { displayName: 'Someone not seen in this board’s data', avatarUrl: null };
  }
  return people;
}
