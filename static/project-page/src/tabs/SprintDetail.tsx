/**
 * One closed sprint in detail, like Jira's sprint report: how its figures were made (recorded or
 * replayed), its groups, each issue, who added or removed what, estimates, impediments, and what
 * bends its figures.
 */
import { Fragment, useState, type ReactNode } from 'react';
import type { IssueSet, Report, SprintFigures, SprintGroup, SprintSection } from '../../../../src/domain/report';
import { TREND_COLUMNS } from '../../../../src/report/format/figures';
import { SPRINT_GROUP_HEADING, day, items, lateness, percent, personName, points, workingDays } from '../../../../src/vocabulary';
import { IssueKey, IssueKeys } from '../../../shared/ui';
import { Hygiene } from './sprint/Hygiene';
import { RecordNote } from './sprint/RecordNote';
import { SprintIssues } from './sprint/SprintIssues';

/** "8 items (21 points)", as the CLI says it; on a board that counts issues, "8 items". */
function setSize(set: IssueSet): string {
  const count = items(set.issues.length);
  return set.points === null ? count : `${count} (${points(set.points)})`;
}

export function SprintDetail({ report, section }: { report: Report; section: SprintSection }) {
  const [selectedId, setSelectedId] = useState<number>(section.closed[section.closed.length - 1].id);
  const sprint = section.closed.find((candidate) => candidate.id === selectedId) ?? section.closed[section.closed.length - 1];
  const groups: [string, IssueSet][] = (Object.keys(SPRINT_GROUP_HEADING) as SprintGroup[]).map((group) => [SPRINT_GROUP_HEADING[group], sprint[group]]);
  return (
    <section aria-labelledby="sprint-detail-heading" data-testid="sprint-detail">
      <h2 className="section" id="sprint-detail-heading">
        Sprint report
      </h2>
      <label className="row">
        <span>Sprint</span>
        <select value={sprint.id} onChange={(event) => setSelectedId(Number(event.target.value))} data-testid="sprint-select">
          {[...section.closed].reverse().map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      <p>
        {day(sprint.startDate)} to {day(sprint.completeDate)} (planned end {day(sprint.endDate)}, closed {lateness(sprint.lateWorkingDays)}). Goal:{' '}
        {sprint.goal ?? 'none set'}. {TREND_COLUMNS.map((column, index) => `${index === 0 ? column.name : column.name.toLowerCase()} ${percent(sprint[column.id])}`).join(', ')}.
      </p>
      <RecordNote record={sprint.record} report={report} testId="sprint-record" />
      <table className="data">
        <thead>
          <tr>
            <th>Group</th>
            <th>Size</th>
            <th>Issues</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(([label, set]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{setSize(set)}</td>
              <td>
                <IssueKeys keys={set.issues} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sprint.issues ? (
        <SprintIssues key={sprint.id} rows={sprint.issues} groups={sprint} report={report} sprintName={sprint.name} running={false} />
      ) : (
        <p className="muted">The issue by issue report is kept for the last closed sprints; this one shows its groups above.</p>
      )}
      <ScopeChanges sprint={sprint} report={report} />
      <SprintExtras sprint={sprint} />
      <Hygiene notes={sprint.hygiene} testId="sprint-hygiene" />
    </section>
  );
}

function ScopeChanges({ sprint, report }: { sprint: SprintFigures; report: Report }) {
  if (sprint.scopeChanges.length === 0) return <p>Nobody added or removed work after the sprint started.</p>;
  return (
    <table className="data" aria-label="Scope changes after the sprint started">
      <thead>
        <tr>
          <th>When</th>
          <th>Issue</th>
          <th>Change</th>
          <th>By</th>
        </tr>
      </thead>
      <tbody>
        {sprint.scopeChanges.map((change, index) => (
          <tr key={`${change.issueKey}-${index}`}>
            <td>{day(change.at)}</td>
            <td>
              <IssueKey issueKey={change.issueKey} />
            </td>
            <td>{change.change}</td>
            <td>{personName(report.people, change.by)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "FIX-1 and FIX-2", "FIX-1, FIX-2 and FIX-3", each piece with its issue key as a link. */
function LinkedList<T>({ items, keyOf, children }: { items: T[]; keyOf: (item: T) => string; children: (item: T) => ReactNode }) {
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={`${keyOf(item)}-${index}`}>
          {index === 0 ? '' : index === items.length - 1 ? ' and ' : ', '}
          <IssueKey issueKey={keyOf(item)} /> {children(item)}
        </Fragment>
      ))}
    </>
  );
}

function SprintExtras({ sprint }: { sprint: SprintFigures }) {
  const byKey = (item: { issueKey: string }) => item.issueKey;
  return (
    <>
      {sprint.estimateChanges.length > 0 ? (
        <p data-testid="estimate-changes">
          Estimates changed during the sprint:{' '}
          <LinkedList items={sprint.estimateChanges} keyOf={byKey}>
            {(change) => `from ${change.from === null ? 'none' : points(change.from)} to ${change.to === null ? 'none' : points(change.to)}`}
          </LinkedList>
          .
        </p>
      ) : null}
      {sprint.impediments.length > 0 ? (
        <p data-testid="impediments">
          Flagged as impeded:{' '}
          <LinkedList items={sprint.impediments} keyOf={byKey}>
            {(flag) => `for ${workingDays(flag.workingDays)}${flag.to ? '' : ' (still flagged at the end)'}`}
          </LinkedList>
          .
        </p>
      ) : (
        <p>No item was flagged as impeded during this sprint.</p>
      )}
      {sprint.reopened.length > 0 ? (
        <p data-testid="reopened">
          Came back from done: <IssueKeys keys={[...new Set(sprint.reopened.map(byKey))]} />
        </p>
      ) : null}
      {sprint.subtasks.committed.length + sprint.subtasks.added.length > 0 ? (
        <p className="muted">
          Sub-tasks are counted apart: {sprint.subtasks.committed.length} committed, {sprint.subtasks.added.length} added,{' '}
          {sprint.subtasks.completed.length} completed.
        </p>
      ) : null}
    </>
  );
}
