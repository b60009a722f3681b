/** Sprints: the reliability trend, one sprint in detail (like Jira's sprint report), carry-over, goals, timebox. */
import { Fragment, useState, type ReactNode } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IssueSet, Report, SprintFigures, SprintSection } from '../../../../src/domain/report';
import { count, day, percent, personName, sprintName } from '../../../shared/format';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../shared/charts';
import { ChartFigure, EmptyNotice, IssueKey, IssueKeys, Notice } from '../../../shared/ui';

export function SprintsTab({ report }: { report: Report }) {
  const section = report.sprints;
  if (!report.capabilities.sprints || !section) {
    return (
      <Notice title="No sprint figures for this board">
        <p>
          Sprint reliability, scope churn and carry-over need a Scrum board with sprints. A Kanban board works without
          sprints, so only the backlog and role figures apply.
        </p>
      </Notice>
    );
  }
  if (section.closed.length === 0) {
    return (
      <div className="stack" data-testid="sprints">
        <EmptyNotice header="No closed sprints yet" testId="no-closed-sprints">
          <p>Reliability, scope churn and carry-over are measured on closed sprints. They appear here once the first sprint of this board is closed.</p>
        </EmptyNotice>
        <ActiveSprint section={section} />
      </div>
    );
  }
  return (
    <div className="stack" data-testid="sprints">
      <TrendChart section={section} />
      <ActiveSprint section={section} />
      <SprintDetail report={report} section={section} />
      <CarryOver section={section} report={report} />
      <GoalsAndTimebox section={section} />
    </div>
  );
}

function TrendChart({ section }: { section: SprintSection }) {
  const data = section.trend;
  const last = data[data.length - 1];
  return (
    <ChartFigure
      title={`Sprint outcomes over the last ${data.length} closed sprints`}
      summary={`Over ${data.length} sprints; the latest, ${last?.name ?? 'n/a'}, had commitment reliability ${percent(last?.commitmentReliability)}, completion ${percent(last?.completionRate)} and scope churn ${percent(last?.scopeChurn)}.`}
      table={
        <table className="data">
          <thead>
            <tr>
              <th>Sprint</th>
              <th className="num">Commitment reliability</th>
              <th className="num">Completion</th>
              <th className="num">Scope churn</th>
              <th className="num">Carry-over</th>
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.sprintId}>
                <td>{point.name}</td>
                <td className="num">{percent(point.commitmentReliability)}</td>
                <td className="num">{percent(point.completionRate)}</td>
                <td className="num">{percent(point.scopeChurn)}</td>
                <td className="num">{percent(point.carryOver)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: 0, right: 20, top: 10 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis dataKey="name" tick={AXIS_TICK} />
          <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(v) => percent(typeof v === 'number' ? v : null)} />
          <Legend />
          <Line dataKey="commitmentReliability" name="Commitment reliability" stroke={CHART_COLORS.primary} isAnimationActive={false} connectNulls />
          <Line dataKey="completionRate" name="Completion" stroke={CHART_COLORS.quaternary} isAnimationActive={false} connectNulls />
          <Line dataKey="scopeChurn" name="Scope churn" stroke={CHART_COLORS.tertiary} isAnimationActive={false} connectNulls />
          <Line dataKey="carryOver" name="Carry-over" stroke={CHART_COLORS.secondary} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function ActiveSprint({ section }: { section: SprintSection }) {
  const active = section.active;
  if (!active) return <p>No sprint is running now. Future sprints planned: {section.futureCount}.</p>;
  return (
    <p>
      Running now: <strong>{active.name}</strong> ({day(active.startDate)} to {day(active.endDate)}), {count(active.issueCount, 'issue')}.
      Goal: {active.goal ?? 'none set'}. Future sprints planned: {section.futureCount}.
    </p>
  );
}

function points(set: IssueSet): string {
  return set.points === null ? '' : `, ${count(set.points, 'point')}`;
}

function SprintDetail({ report, section }: { report: Report; section: SprintSection }) {
  const [selectedId, setSelectedId] = useState<number>(section.closed[section.closed.length - 1].id);
  const sprint = section.closed.find((candidate) => candidate.id === selectedId) ?? section.closed[section.closed.length - 1];
  const groups: [string, IssueSet][] = [
    ['Committed at start', sprint.committed],
    ['Added after start', sprint.added],
    ['Removed during the sprint', sprint.removed],
    ['Completed', sprint.completed],
    ['Not completed', sprint.notCompleted],
    ['Already done at start', sprint.doneBeforeStart],
  ];
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
        {day(sprint.startDate)} to {day(sprint.completeDate)} (planned end {day(sprint.endDate)}). Goal: {sprint.goal ?? 'none set'}.
        Commitment reliability {percent(sprint.commitmentReliability)}, completion {percent(sprint.completionRate)}, scope churn{' '}
        {percent(sprint.scopeChurn)}, carry-over {percent(sprint.carryOver)}.
      </p>
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
              <td>
                {count(set.issues.length, 'issue')}
                {points(set)}
              </td>
              <td>
                <IssueKeys keys={set.issues} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScopeChanges sprint={sprint} report={report} />
      <SprintExtras sprint={sprint} />
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
            <td>{personName(report, change.by)}</td>
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
            {(change) => `from ${change.from ?? 'none'} to ${change.to ?? 'none'}`}
          </LinkedList>
          .
        </p>
      ) : null}
      {sprint.impediments.length > 0 ? (
        <p data-testid="impediments">
          Flagged as impeded:{' '}
          <LinkedList items={sprint.impediments} keyOf={byKey}>
            {(flag) => `for ${count(flag.workingDays, 'working day')}${flag.to ? '' : ' (still flagged at the end)'}`}
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

function CarryOver({ section, report }: { section: SprintSection; report: Report }) {
  return (
    <section aria-labelledby="carry-heading">
      <h2 className="section" id="carry-heading">
        Carried over from sprint to sprint
      </h2>
      {section.carryOverChains.length === 0 ? (
        <p>No issue went unfinished through more than one sprint.</p>
      ) : (
        <table className="data" data-testid="carry-over">
          <thead>
            <tr>
              <th>Issue</th>
              <th>Summary</th>
              <th>Unfinished in</th>
              <th>Done now</th>
            </tr>
          </thead>
          <tbody>
            {section.carryOverChains.map((chain) => (
              <tr key={chain.issueKey}>
                <td>
                  <IssueKey issueKey={chain.issueKey} />
                </td>
                <td>{chain.summary}</td>
                <td>{chain.sprintIds.map((id) => sprintName(report, id)).join(', ')}</td>
                <td>{chain.done ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {section.scopeChangers.length > 0 ? (
        <p>
          Work added or removed after sprint start, by person:{' '}
          {section.scopeChangers
            .map((changer) => `${personName(report, changer.accountId)} (${changer.added} added, ${changer.removed} removed)`)
            .join('; ')}
          .
        </p>
      ) : null}
    </section>
  );
}

function GoalsAndTimebox({ section }: { section: SprintSection }) {
  return (
    <section aria-labelledby="goals-heading">
      <h2 className="section" id="goals-heading">
        Goals and timebox
      </h2>
      <table className="data" data-testid="goals">
        <thead>
          <tr>
            <th>Sprint</th>
            <th>Goal</th>
            <th className="num">Planned working days</th>
            <th className="num">Closed late by (working days)</th>
            <th className="num">Impediments</th>
          </tr>
        </thead>
        <tbody>
          {[...section.closed].reverse().map((sprint) => (
            <tr key={sprint.id}>
              <td>{sprint.name}</td>
              <td>{sprint.goal ?? <span className="muted">no goal</span>}</td>
              <td className="num">{sprint.plannedWorkingDays ?? 'n/a'}</td>
              <td className="num">{sprint.lateWorkingDays ?? 'n/a'}</td>
              <td className="num">{sprint.impediments.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
