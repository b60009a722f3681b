/** Items finished in each of the last full weeks, as bars, with the same figures as a table. */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FlowSection } from '../../../../../src/domain/report';
import { FIGURE, day, itemsAWeek, plural } from '../../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../../shared/charts';
import { ChartFigure } from '../../../../shared/ui';

export function ThroughputChart({ flow }: { flow: FlowSection }) {
  const weeks = flow.throughput.weeks.map((week) => ({ week: day(week.weekStart), finished: week.finished }));
  const most = Math.max(0, ...flow.throughput.weeks.map((week) => week.finished));
  return (
    <ChartFigure
      title={`${FIGURE.throughput}: items finished each week`}
      summary={`${itemsAWeek(flow.throughput.perWeek)} on average over ${plural(flow.throughput.weeksOfHistory, 'week')} of history; at most ${plural(most, 'item')} in a week.`}
      table={
        <table className="data" data-testid="throughput-table">
          <thead>
            <tr>
              <th>Week from</th>
              <th className="num">Items finished</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <td>{week.week}</td>
                <td className="num">{week.finished}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={weeks} margin={{ left: 0, right: 20, top: 10 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="week" tick={AXIS_TICK} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_STYLE} />
          <Bar dataKey="finished" name="Items finished" fill={CHART_COLORS.primary} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
