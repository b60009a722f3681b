/**
 * Names the report holds only as ids: people (by account id), sprints (by id), the roles a signal
 * is for, and the Definition-of-Ready checks an item fails.
 */
import type { DorCheck, Report } from '../domain/report';
import type { Role } from '../domain/types';
import { listInWords } from './numbers';

/** Someone whose account the report cannot name: automation, or a user removed from the site. */
export const UNKNOWN_PERSON = 'Someone unknown (automation or a removed user)';

/** A person's display name from the report; an id it does not know is shown as the id. */
export function personName(people: Report['people'], accountId: string | null | undefined): string {
  if (!accountId) return UNKNOWN_PERSON;
  return people[accountId]?.displayName ?? accountId;
}

/**
 * Sprint id -> its name, from the report's closed and active sprints. Future sprints (and sprints of
 * other boards) are not in the report by name, so one of those is named by its id.
 */
export function sprintNamer(report: Pick<Report, 'sprints'>): (sprintId: number) => string {
  const names = new Map<number, string>();
  for (const sprint of report.sprints?.closed ?? []) names.set(sprint.id, sprint.name);
  if (report.sprints?.active) names.set(report.sprints.active.id, report.sprints.active.name);
  return (sprintId) => names.get(sprintId) ?? `the sprint with id ${sprintId}`;
}

export const ROLE_NAME: Readonly<Record<Role, string>> = { PO: 'Product Owner', SM: 'Scrum Master', team: 'Whole team' };

/** "Scrum Master and Product Owner": the role a signal is for, then the others it concerns. */
export function rolesInWords(role: Role, alsoFor: readonly Role[]): string {
  return [role, ...alsoFor].map((r) => ROLE_NAME[r]).join(' and ');
}

/** Each Definition-of-Ready check, named for what is missing when an item fails it. */
export const FAILED_CHECK: Readonly<Record<DorCheck, string>> = {
  estimated: 'no estimate',
  description: 'no description',
  acceptanceCriteria: 'no acceptance criteria',
  notBlocked: 'blocked by another item',
  notFlagged: 'flagged',
  smallEnough: 'larger than the size limit',
};

/** "no estimate, no description", or "ready" when nothing fails. */
export function failedChecksInWords(checks: readonly DorCheck[]): string {
  return checks.length === 0 ? 'ready' : checks.map((check) => FAILED_CHECK[check]).join(', ');
}

/** Each Definition-of-Ready check, named for what a ready item has. */
export const READY_CHECK: Readonly<Record<DorCheck, string>> = {
  estimated: 'an estimate',
  description: 'a description',
  acceptanceCriteria: 'acceptance criteria',
  notBlocked: 'not blocked by another item',
  notFlagged: 'not flagged',
  smallEnough: 'within the size limit',
};

/** "an estimate, a description and acceptance criteria", or "nothing" when no check is in force. */
export function readyChecksInWords(checks: readonly DorCheck[]): string {
  return checks.length === 0 ? 'nothing: every check is switched off' : listInWords(checks.map((check) => READY_CHECK[check]));
}
