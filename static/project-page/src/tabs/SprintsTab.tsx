/**
 * Sprints: the reliability trend, velocity, the running sprint, one sprint in detail (like Jira's
 * sprint report, each issue included), carry-over, goals, timebox.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Report, SprintSection } from '../../../../src/domain/report';
import { TREND_COLUMNS } from '../../../../src/report/format/figures';
import { MISSING, lastClosedSprints, percent, personName, sprintNamer, trendName } from '../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../shared/charts';
import { ChartFigure, EmptyNotice, IssueKey, Notice } from '../../../shared/ui';
import { GoalsAndTimebox } from './GoalsAndTimebox';
import { SprintDetail } from './SprintDetail';
import { SprintChance } from './SprintChance';
import { RunningSprint } from './sprint/RunningSprint';
import { Velocity } from './sprint/Velocity';

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
        <RunningSprint section={section} report={report} />
        <SprintChance chance={report.flow?.forecast.runningSprint} />
      </div>
    );
  }
  return (
    <div className="stack" data-testid="sprints">
      <TrendChart section={section} />
      <Velocity velocity={section.velocity} />
      <RunningSprint section={section} report={report} />
      <SprintChance chance={report.flow?.forecast.runningSprint} />
      <SprintDetail report={report} section={section} />
      <CarryOver section={section} report={report} />
      <GoalsAndTimebox section={section} />
    </div>
  );
}

const LINE_COLORS: Record<(typeof TREND_COLUMNS)[number]['id'], string> = {
  commitmentReliability: CHART_COLORS.primary,
  completionRate: CHART_COLORS.quaternary,
  scopeChurn: CHART_COLORS.tertiary,
  carryOver: CHART_COLORS.secondary,
};

function TrendChart({ section }: { section: SprintSection }) {
  const data = section.trend;
  const last = data[data.length - 1];
  return (
    <ChartFigure
      title={`Sprint outcomes: ${trendName(data.length).toLowerCase()}`}
      summary={`Over the ${lastClosedSprints(data.length)}; the latest, ${last?.name ?? MISSING}, had ${TREND_COLUMNS.map((column) => `${column.name.toLowerCase()} ${percent(last?.[column.id])}`).join(', ')}.`}
      table={
        <table className="data" data-testid="trend-table">
          <thead>
            <tr>
              <th>Sprint</th>
              {TREND_COLUMNS.map((column) => (
                <th key={column.id} className="num">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.sprintId}>
                <td>{point.name}</td>
                {TREND_COLUMNS.map((column) => (
                  <td key={column.id} className="num">
                    {percent(point[column.id])}
                  </td>
                ))}
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
          <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => percent(v)} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(v) => percent(typeof v === 'number' ? v : null)} />
          <Legend />
          {TREND_COLUMNS.map((column) => (
            <Line key={column.id} dataKey={column.id} name={column.name} stroke={LINE_COLORS[column.id]} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function CarryOver({ section, report }: { section: SprintSection; report: Report }) {
  const sprintName = sprintNamer(report);
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
                <td>{chain.sprintIds.map(sprintName).join(', ')}</td>
                <td>{chain.done ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {section.scopeChangers.length > 0 ? (
        <p data-testid="scope-changers">
          Changed sprint scope after the start, over the {lastClosedSprints(section.trend.length)}:{' '}
          {section.scopeChangers
            .map((changer) => `${personName(report.people, changer.accountId)} (${changer.added} added, ${changer.removed} removed)`)
            .join('; ')}
          .
        </p>
      ) : null}
    </section>
  );
}

