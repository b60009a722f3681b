/**
 * The per-issue sprint report (docs/metrics.md, "Per-issue sprint report"): each issue of the sprint,
 * sortable by any column, narrowed to one group of the sprint report with that group's size from the
 * figures beside it, and exported as CSV. The columns are named once (src/report/format/sprint-detail.ts).
 */
import { useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { IssueSet, Report, SprintGroup, SprintIssueRow } from '../../../../../src/domain/report';
import { sprintIssueColumns, sprintIssuesCsv, type IssueColumn } from '../../../../../src/report/format/sprint-detail';
import { SPRINT_GROUP_LABEL, items, points } from '../../../../../src/vocabulary';
import { download } from '../../../../shared/exportRows';
import { IssueKey } from '../../../../shared/ui';

type Groups = Record<SprintGroup, IssueSet>;

const GROUP_CHOICES: { value: SprintGroup | 'all'; label: string }[] = [
  { value: 'all', label: 'Every issue' },
  ...(Object.keys(SPRINT_GROUP_LABEL) as SprintGroup[]).map((value) => ({ value, label: SPRINT_GROUP_LABEL[value] })),
];

/** A running sprint's completed and not completed are so far. */
function groupLabel(choice: (typeof GROUP_CHOICES)[number], running: boolean): string {
  if (running && choice.value === 'completed') return 'Done so far';
  if (running && choice.value === 'notCompleted') return 'Not done yet';
  return choice.label;
}

function inGroup(row: SprintIssueRow, group: SprintGroup | 'all'): boolean {
  if (group === 'all') return true;
  if (group === 'committed' || group === 'added' || group === 'doneBeforeStart') return row.entry === group;
  return row.outcome === group;
}

function sorted(rows: SprintIssueRow[], column: IssueColumn | null, ascending: boolean): SprintIssueRow[] {
  if (!column) return rows;
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = column.sortValue(a);
    const right = column.sortValue(b);
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
    return order * direction;
  });
}

function groupSize(set: IssueSet): string {
  return set.points === null ? items(set.issues.length) : `${items(set.issues.length)}, ${points(set.points)}`;
}

export function SprintIssues({ rows, groups, report, sprintName, running }: { rows: SprintIssueRow[]; groups: Groups; report: Report; sprintName: string; running: boolean }) {
  const columns = useMemo(() => sprintIssueColumns(running), [running]);
  const [group, setGroup] = useState<SprintGroup | 'all'>('all');
  const [sortId, setSortId] = useState<IssueColumn['id'] | null>(null);
  const [ascending, setAscending] = useState(true);
  const shown = sorted(rows.filter((row) => inGroup(row, group)), columns.find((c) => c.id === sortId) ?? null, ascending);
  const sortBy = (id: IssueColumn['id']) => {
    setAscending(id === sortId ? !ascending : true);
    setSortId(id);
  };
  const testId = running ? 'running-issues' : 'sprint-issues';
  return (
    <section aria-label={`Each issue of ${sprintName}`} data-testid={testId}>
      {running ? null : <h3 className="subsection">Each issue of {sprintName}</h3>}
      <div className="row spread">
        <label className="row">
          <span>Show</span>
          <select value={group} onChange={(event) => setGroup(event.target.value as SprintGroup | 'all')} data-testid={`${testId}-group`}>
            {GROUP_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {groupLabel(choice, running)}
              </option>
            ))}
          </select>
        </label>
        <Button onClick={() => download(`${sprintName}-issues.csv`, 'text/csv', sprintIssuesCsv(rows, report.people, running))}>Export CSV</Button>
      </div>
      <p className="muted" data-testid={`${testId}-total`}>
        {group === 'all' ? `${items(rows.length)} in this sprint.` : `${groupLabel(GROUP_CHOICES.find((c) => c.value === group)!, running)}: ${groupSize(groups[group])}.`}
      </p>
      <div className="scroll">
        <table className="data">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.id} className={column.numeric ? 'num' : undefined} aria-sort={column.id === sortId ? (ascending ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="sort" onClick={() => sortBy(column.id)}>
                    {column.header}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key} data-issue-row={row.key}>
                {columns.map((column) => (
                  <td key={column.id} className={column.numeric ? 'num' : undefined}>
                    <Cell column={column} row={row} people={report.people} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Cell({ column, row, people }: { column: IssueColumn; row: SprintIssueRow; people: Report['people'] }) {
  if (column.id === 'key') return <IssueKey issueKey={row.key} />;
  const text = column.value(row, people);
  if (column.id === 'estimateAtEnd' && row.estimateAtStart !== row.estimateAtEnd) {
    return (
      <>
        {text} <Lozenge appearance="moved">changed</Lozenge>
      </>
    );
  }
  return <>{text}</>;
}
