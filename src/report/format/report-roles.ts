/** The roles part of one project's report: who holds which role and who acts on the backlog. */
import type { Report } from '../../domain/report';
import type { Section } from './document';
import { left, right } from './document';
import { dateTime, personName } from './numbers';

export function rolesSection(report: Report): Section {
  const { roles } = report;
  const names = (ids: string[]) => (ids.length ? ids.map((id) => personName(report.people, id)).join(', ') : 'nobody named');
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
          { label: 'Last backlog activity by the Product Owner', value: roles.productOwners.length === 0 ? 'no Product Owner is named yet' : roles.lastPoBacklogActivity ? dateTime(roles.lastPoBacklogActivity) : 'none seen' },
        ],
      },
      {
        kind: 'table',
        columns: [left('Ranked the backlog'), right('Rank changes')],
        rows: roles.rankChangesBy.map((r) => [personName(report.people, r.accountId), String(r.changes)]),
        empty: 'No rank changes in the window.',
      },
      {
        kind: 'table',
        columns: [left('Changed assignees on sprint work'), right('Changes')],
        rows: roles.assigneeChangesBy.map((r) => [personName(report.people, r.accountId), String(r.changes)]),
        empty: 'No assignee changes on sprint work in the window.',
      },
    ],
  };
}
