/**
 * How a sprint's figures were made: recorded by the app from Jira's sprint events, or replayed from
 * Jira's history (docs/metrics.md, "The sprint ledger"), with the replay's ratios and each item the
 * two count differently, and the goal and date changes the sprint's update events carried.
 */
import Lozenge from '@atlaskit/lozenge';
import type { Report, SprintRecord } from '../../../../../src/domain/report';
import { TREND_COLUMNS } from '../../../../../src/report/format/figures';
import { RECORD_BADGE, SPRINT_FIELD_WORD, dateTime, percent, personName, recordSourceOf } from '../../../../../src/vocabulary';
import { sprintFieldValue } from '../../../../../src/report/format/sprint-detail';
import { IssueKey } from '../../../../shared/ui';

export function RecordNote({ record, report, testId }: { record: SprintRecord; report: Report; testId: string }) {
  const source = recordSourceOf(record);
  return (
    <div className="stack" data-testid={testId} data-record={source}>
      <p>
        <Lozenge appearance={source === 'recorded' ? 'success' : 'default'}>{RECORD_BADGE[source]}</Lozenge> {record.note}
      </p>
      {record.replayed ? (
        <p className="muted" data-testid={`${testId}-replayed`}>
          The replay of Jira’s history gives: {TREND_COLUMNS.map((column) => `${column.name.toLowerCase()} ${percent(record.replayed?.[column.id])}`).join(', ')}.
        </p>
      ) : null}
      {record.differences.length > 0 ? (
        <table className="data" aria-label="Where the app’s record and the replay of Jira’s history differ" data-testid={`${testId}-differences`}>
          <thead>
            <tr>
              <th>Issue</th>
              <th>Why the two differ</th>
            </tr>
          </thead>
          <tbody>
            {record.differences.map((difference) => (
              <tr key={`${difference.issueKey}-${difference.moment}`}>
                <td>
                  <IssueKey issueKey={difference.issueKey} />
                </td>
                <td>{difference.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {record.changes.length > 0 ? (
        <table className="data" aria-label="Changes to the sprint itself" data-testid={`${testId}-changes`}>
          <thead>
            <tr>
              <th>When</th>
              <th>What changed</th>
              <th>From</th>
              <th>To</th>
              <th>By</th>
            </tr>
          </thead>
          <tbody>
            {record.changes.map((change, index) => (
              <tr key={`${change.at}-${change.field}-${index}`}>
                <td>{dateTime(change.at)}</td>
                <td>{SPRINT_FIELD_WORD[change.field]}</td>
                <td>{sprintFieldValue(change, change.from)}</td>
                <td>{sprintFieldValue(change, change.to)}</td>
                <td>{personName(report.people, change.by)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
