/** Each item finished in the window as a dot (when it finished, how many days it took), against the percentiles. */
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { FlowSection } from '../../../../../src/domain/report';
import { day, days, lastDays, plural } from '../../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../../shared/charts';
import { ChartFigure, IssueKey } from '../../../../shared/ui';
import { percentileLines } from './percentileLines';

export function CycleTimeChart({ flow }: { flow: FlowSection }) {
  const { finished, percentiles, windowDays } = flow.cycleTime;
  const points = finished.map((item) => ({ finishedMs: Date.parse(item.finishedAt), cycleDays: item.cycleDays, key: item.issueKey }));
  const summary =
    finished.length === 0
      ? `No item was finished in the ${lastDays(windowDays)} after being in progress.`
      : `${plural(finished.length, 'item')} finished in the ${lastDays(windowDays)}: half within ${days(percentiles.p50)}, 85% within ${days(percentiles.p85)}, 95% within ${days(percentiles.p95)}.`;
  return (
    <ChartFigure
      title={`Cycle time of each item finished in the ${lastDays(windowDays)}`}
      summary={summary}
      table={
        <table className="data" data-testid="cycle-time-table">
          <thead>
            <tr>
              <th>Finished item</th>
              <th>Started</th>
              <th>Finished</th>
              <th className="num">Cycle time</th>
            </tr>
          </thead>
          <tbody>
            {finished.map((item) => (
              <tr key={item.issueKey}>
                <td>
                  <IssueKey issueKey={item.issueKey} />
                </td>
                <td>{day(item.startedAt)}</td>
                <td>{day(item.finishedAt)}</td>
                <td className="num">{days(item.cycleDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <ScatterChart margin={{ left: 0, right: 20, top: 16 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis type="number" dataKey="finishedMs" name="Finished" domain={['dataMin', 'dataMax']} tick={AXIS_TICK} tickFormatter={(ms: number) => day(new Date(ms).toISOString())} />
          <YAxis type="number" dataKey="cycleDays" name="Cycle time" unit=" d" allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(value, name) => (name === 'Finished' ? day(new Date(Number(value)).toISOString()) : days(Number(value)))} />
          {percentileLines(percentiles, 'y')}
          <Scatter data={points} name="Finished items" fill={CHART_COLORS.primary} shape="circle" isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
