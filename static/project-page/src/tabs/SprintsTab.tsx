/** Sprints: the reliability trend, one sprint in detail (like Jira's sprint report), carry-over, goals, timebox. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Report, SprintSection } from '../../../../src/domain/report';
import { count, day, percent, personName, sprintName } from '../../../shared/format';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../shared/charts';
import { ChartFigure, EmptyNotice, IssueKey, Notice } from '../../../shared/ui';
import { GoalsAndTimebox } from './GoalsAndTimebox';
import { SprintDetail } from './SprintDetail';

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
      Goal: {active.goal ?? 'none set'}
      {active.goalChangedAfterStart ? ` (changed since the start, which had: ${active.goalAtStart.goal ?? 'no goal'})` : ''}. Future sprints planned:{' '}
      {section.futureCount}.
    </p>
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

