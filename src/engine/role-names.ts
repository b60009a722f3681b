/**
 * The people named in a project's roles, by the names Jira gives them now. The engine names people
 * from the board's data, so a Product Owner with no activity there (exactly the one `absent-po` is
 * about) would read as "someone not seen". Serving a report or the settings (Forge, as the viewer),
 * or printing one (the CLI), the named people are looked up (GET /rest/api/3/user/bulk, one request
 * for all of them) and their names put into the people map; the analysis itself does no I/O. A
 * lookup that fails leaves the names as they were: the page still shows, and the log says why.
 */
import type { Report } from '../domain/report';
import type { JiraClient } from '../jira/client';
import { describeForLog } from '../jira/errors';
import type { PersonSummary } from '../shared/api';

export async function lookUpPeople(client: JiraClient, accountIds: readonly string[]): Promise<PersonSummary[]> {
  if (accountIds.length === 0) return [];
  try {
    const people = await client.getUsers(accountIds);
    return people.map((p) => ({ accountId: p.accountId, displayName: p.displayName, avatarUrl: p.avatarUrl }));
  } catch (err) {
    console.error(`The names of the people in the roles could not be read: ${describeForLog(err)}`);
    return [];
  }
}

/** The report with the named Product Owners and Scrum Masters under their current Jira names. */
export async function withRoleNames(client: JiraClient, report: Report): Promise<Report> {
  const named = [...new Set([...report.roles.productOwners, ...report.roles.scrumMasters])];
  const found = await lookUpPeople(client, named);
  if (found.length === 0) return report;
  const people = { ...report.people };
  for (const person of found) people[person.accountId] = { displayName: person.displayName, avatarUrl: person.avatarUrl };
  return { ...report, people };
}
