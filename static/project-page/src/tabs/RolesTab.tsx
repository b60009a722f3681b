/** Roles: who orders the backlog, who assigns sprint work, and the role signals. */
import type { Report } from '../../../../src/domain/report';
import type { ProjectSettings } from '../../../../src/domain/settings';
import { bySeverity, day, inLastDays, personName, settingsWindows } from '../../../../src/vocabulary';
import { SeverityLozenge } from '../../../shared/ui';

export function RolesTab({ report, settings }: { report: Report; settings: ProjectSettings | null }) {
  const { roles } = report;
  // The role tables look back over the windows of the role signals that read them.
  const windows = settingsWindows(settings);
  const names = (ids: string[]) => ids.map((id) => personName(report.people, id)).join(', ');
  const roleSignals = report.signals.filter((signal) => signal.area === 'roles' || signal.role !== 'team').sort(bySeverity);
  return (
    <div className="stack" data-testid="roles">
      <section aria-labelledby="people-heading">
        <h2 className="section" id="people-heading">
          People in the roles
        </h2>
        <p data-testid="product-owner">
          Product Owner:{' '}
          {roles.productOwners.length > 0
            ? names(roles.productOwners)
            : roles.actingBacklogOwner
              ? `none named; ${personName(report.people, roles.actingBacklogOwner)} re-ranks the backlog most and acts as its owner`
              : 'none named, and nobody has re-ranked the backlog recently'}
        </p>
        <p data-testid="scrum-master">Scrum Master: {roles.scrumMasters.length > 0 ? names(roles.scrumMasters) : 'none named (set one in Settings)'}</p>
        <p>
          Last backlog activity by the Product Owner:{' '}
          {roles.productOwners.length === 0 ? 'no Product Owner is named yet' : roles.lastPoBacklogActivity ? day(roles.lastPoBacklogActivity) : 'none seen'}
        </p>
      </section>
      <div className="grid-2">
        <PeopleTable title="Who re-ranks the backlog" rows={roles.rankChangesBy} report={report} unit="Rank changes" windowDays={windows.roleRankDays} what="Nobody re-ranked the backlog" />
        <PeopleTable
          title="Who changes assignees on sprint work"
          rows={roles.assigneeChangesBy}
          report={report}
          unit="Assignee changes"
          windowDays={windows.assigneeDays}
          what="Nobody changed an assignee on sprint work"
        />
      </div>
      <section aria-labelledby="role-signals-heading">
        <h2 className="section" id="role-signals-heading">
          Role signals
        </h2>
        {roleSignals.length === 0 ? <p>No role signal fires.</p> : null}
        <ul>
          {roleSignals.map((signal) => (
            <li key={signal.id}>
              <SeverityLozenge severity={signal.severity} /> <strong>{signal.title}</strong>: {signal.observation}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function PeopleTable(props: {
  title: string;
  rows: { accountId: string | null; changes: number }[];
  report: Report;
  unit: string;
  windowDays: number | null;
  /** What an empty table means, without the window ("Nobody re-ranked the backlog"). */
  what: string;
}) {
  const { title, rows, report, unit, windowDays, what } = props;
  const window = inLastDays(windowDays);
  return (
    <section>
      <h2 className="section">
        {title}, {window}
      </h2>
      {rows.length === 0 ? (
        <p>
          {what} {window}.
        </p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Person</th>
              <th className="num">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.accountId ?? 'unknown'}>
                <td>{personName(report.people, row.accountId)}</td>
                <td className="num">{row.changes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
