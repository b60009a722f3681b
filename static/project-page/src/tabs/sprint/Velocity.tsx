/**
 * Velocity (docs/metrics.md, "Velocity"), as Jira's velocity chart: committed against completed for
 * the last closed sprints, the committed bars hatched and the completed ones solid, the average
 * completed as a dashed line; with reliability, churn and where each sprint's figures come from in
 * the table under it (the columns of src/report/format/sprint-detail.ts).
 */
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Velocity as VelocityFigures } from '../../../../../src/domain/report';
import { VELOCITY_COLUMNS } from '../../../../../src/report/format/sprint-detail';
import { lastClosedSprints, sized } from '../../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../../shared/charts';
import { ChartFigure } from '../../../../shared/ui';
import { ChartPatterns, HATCHED } from './patterns';

function summary(velocity: VelocityFigures): string {
  const last = velocity.sprints[velocity.sprints.length - 1];
  if (!last) return 'No closed sprint yet.';
  return `Over the ${lastClosedSprints(velocity.sprints.length)}, the team completed ${sized(velocity.averageCompleted, velocity.unit)} a sprint on average; the latest, ${last.name}, committed ${sized(last.committed, velocity.unit)} and completed ${sized(last.completed, velocity.unit)}.`;
}

export function Velocity({ velocity }: { velocity: VelocityFigures }) {
  if (velocity.sprints.length === 0) return null;
  const unit = velocity.unit === 'points' ? 'points' : 'items';
  return (
    <section aria-labelledby="velocity-heading" data-testid="velocity">
      <h2 className="section" id="velocity-heading">
        Velocity
      </h2>
      <ChartFigure
        title={`Committed and completed ${unit}, ${lastClosedSprints(velocity.sprints.length)}`}
        summary={summary(velocity)}
        table={
          <table className="data" data-testid="velocity-table">
            <thead>
              <tr>
                {VELOCITY_COLUMNS.map((column) => (
                  <th key={column.header} className={column.numeric ? 'num' : undefined}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {velocity.sprints.map((point) => (
                <tr key={point.sprintId}>
                  {VELOCITY_COLUMNS.map((column) => (
                    <td key={column.header} className={column.numeric ? 'num' : undefined}>
                      {column.value(point, velocity.unit)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={velocity.sprints} margin={{ left: 0, right: 20, top: 10 }}>
            <ChartPatterns />
            <CartesianGrid stroke={CHART_COLORS.grid} />
            <XAxis dataKey="name" tick={AXIS_TICK} />
            <YAxis tick={AXIS_TICK} allowDecimals={false} />
            <Tooltip {...TOOLTIP_STYLE} formatter={(value) => sized(typeof value === 'number' ? value : null, velocity.unit)} />
            <Legend />
            <Bar dataKey="committed" name="Committed" fill={HATCHED} stroke={CHART_COLORS.primary} isAnimationActive={false} />
            <Bar dataKey="completed" name="Completed" fill={CHART_COLORS.quaternary} isAnimationActive={false} />
            {velocity.averageCompleted !== null ? (
              <ReferenceLine y={velocity.averageCompleted} stroke={CHART_COLORS.tertiary} strokeDasharray="6 4" label={{ value: 'Average completed', fill: AXIS_TICK.fill, fontSize: 12, position: 'insideTopRight' }} />
            ) : null}
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <p className="muted">Committed: the work in the sprint when it started. Completed: the work done by its close, added work included. Hatched bars are committed, solid ones completed.</p>
    </section>
  );
}
