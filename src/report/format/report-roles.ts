/** The roles part of one project's report: who holds which role and who acts on the backlog. */
import type { Report } from '../../domain/report';
import { day, inLastDays, personName, type SettingsWindows } from '../../vocabulary';
import type { Section } from './document';
import { left, right } from './document';

export function rolesSection(report: Report, windows: SettingsWindows): Section {
  const { roles } = report;
  const names = (ids: string[]) => (ids.length ? ids.map((id) => personName(report.people, id)).join(', ') : 'nobody named');
  const rankWindow = inLastDays(windows.roleRankDays);
  const assigneeWindow = inLastDays(windows.assigneeDays);
  return {
    title: 'Roles',
    id: 'roles',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Product Owner', value: names(roles.productOwners) },
          { label: 'Scrum Master', value: names(roles.scrumMasters) },
          ...(roles.productOwners.length === 0
            ? [{ label: 'Acting backlog owner', value: roles.actingBacklogOwner ? personName(report.people, roles.actingBacklogOwner) : 'nobody re-ranked recently' }]
            : []),
          { label: 'Last backlog activity by the Product Owner', value: roles.productOwners.length === 0 ? 'no Product Owner is named yet' : roles.lastPoBacklogActivity ? day(roles.lastPoBacklogActivity) : 'none seen' },
        ],
      },
      {
        kind: 'table',
        columns: [left(`Ranked the backlog ${rankWindow}`), right('Rank changes')],
        rows: roles.rankChangesBy.map((r) => [personName(report.people, r.accountId), String(r.changes)]),
        empty: `Nobody re-ranked the backlog ${rankWindow}.`,
      },
      {
        kind: 'table',
        columns: [left(`Changed assignees on sprint work ${assigneeWindow}`), right('Changes')],
        rows: roles.assigneeChangesBy.map((r) => [personName(report.people, r.accountId), String(r.changes)]),
        empty: `Nobody changed an assignee on sprint work ${assigneeWindow}.`,
      },
    ],
  };
}
