/** The people map of a report: every account id the report mentions -> display name and avatar. */
import type { BoardData, Person } from '../domain/types';
import type { Report } from '../domain/report';
import { peopleNamed } from '../analysis/roles/people';

type WithoutPeople = Omit<Report, 'people'>;

/** Every account id the report references (roles, sprint changes, rankers, signal evidence). */
export function referencedAccountIds(report: WithoutPeople): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => {
    if (id) ids.add(id);
  };
  const { roles, sprints, backlog } = report;
  [...roles.productOwners, ...roles.scrumMasters, roles.actingBacklogOwner].forEach(add);
  roles.rankChangesBy.forEach((r) => add(r.accountId));
  roles.assigneeChangesBy.forEach((r) => add(r.accountId));
  for (const s of sprints?.closed ?? []) {
    s.estimateChanges.forEach((c) => add(c.by));
    s.scopeChanges.forEach((c) => add(c.by));
    s.reopened.forEach((r) => add(r.by));
  }
  sprints?.scopeChangers.forEach((c) => add(c.accountId));
  backlog?.ordering.rankers.forEach((r) => add(r.accountId));
  for (const signal of report.signals) signal.evidence.people.forEach(add);
  return ids;
}

export function buildPeople(report: WithoutPeople, data: BoardData | null): Report['people'] {
  const referenced = referencedAccountIds(report);
  const known = data ? peopleNamed(data, referenced) : new Map<string, Person>();
  const people: Report['people'] = {};
  for (const id of [...referenced].sort()) {
    const person = known.get(id);
    people[id] = person
      ? { displayName: person.displayName, avatarUrl: person.avatarUrl }
      : { displayName: 'Someone not seen in this board’s data', avatarUrl: null };
  }
  return people;
}
