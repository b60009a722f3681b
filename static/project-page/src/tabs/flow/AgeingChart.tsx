/**
 * The work in progress now: each item's age as a bar, against the percentiles of cycle time. An item
 * older than the 85th percentile is striped as well as coloured, so it stands out without colour too.
 */
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { FlowSection } from '../../../../../src/domain/report';
import { FIGURE, day, days, items, plural } from '../../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS } from '../../../../shared/charts';
import { PatternDefs, PatternSwatch, patternFill } from '../../../../shared/patterns';
import { ChartFigure, IssueKey } from '../../../../shared/ui';
import { PercentileLegend, percentileLines } from './percentileLines';

const PATTERNS = 'ageing';
const PAST = 1; // the striped pattern

export function AgeingChart({ flow }: { flow: FlowSection }) {
  const p85 = flow.cycleTime.percentiles.p85;
  const isPast = (ageDays: number) => p85 !== null && ageDays > p85;
  const past = flow.ageing.filter((item) => isPast(item.ageDays));
  const data = flow.ageing.map((item) => ({ key: item.issueKey, ageDays: item.ageDays, past: isPast(item.ageDays) }));
  const summary =
    flow.ageing.length === 0
      ? 'Nothing is in progress now.'
      : `${FIGURE.workInProgress}: ${items(flow.ageing.length)}, the oldest ${days(flow.ageing[0].ageDays)}; ` +
        (p85 === null ? 'there is no cycle time to compare with.' : `${plural(past.length, 'item is', 'items are')} older than 85% of finished items took (${days(p85)}).`);
  return (
    <ChartFigure
      title="Age of the work in progress"
      summary={summary}
      table={
        <table className="data" data-testid="ageing-table">
          <thead>
            <tr>
              <th>In progress</th>
              <th>Summary</th>
              <th>Column</th>
              <th>Started</th>
              <th className="num">Age</th>
            </tr>
          </thead>
          <tbody>
            {flow.ageing.map((item) => (
              <tr key={item.issueKey}>
                <td>
                  <IssueKey issueKey={item.issueKey} />
                </td>
                <td>{item.summary}</td>
                <td>{item.column}</td>
                <td>{day(item.startedAt)}</td>
                <td className="num">{days(item.ageDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {data.length > 0 ? (
        <>
          <ResponsiveContainer width="100%" height={Math.max(120, 28 * data.length + 50)}>
            <BarChart layout="vertical" data={data} margin={{ left: 10, right: 30, top: 20 }}>
              <PatternDefs prefix={PATTERNS} />
              <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
              <XAxis type="number" unit=" d" allowDecimals={false} tick={AXIS_TICK} />
              <YAxis type="category" dataKey="key" tick={AXIS_TICK} width={80} />
              {percentileLines(flow.cycleTime.percentiles, 'x')}
              <Bar dataKey="ageDays" name="Age" barSize={16} isAnimationActive={false}>
                {data.map((entry) => (
                  <Cell key={entry.key} fill={patternFill(PATTERNS, entry.past ? PAST : 0)} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <PercentileLegend percentiles={flow.cycleTime.percentiles} />
          <p className="muted">
            <span className="legend">
              <PatternSwatch prefix={PATTERNS} index={0} /> within the 85th percentile
            </span>
            <span className="legend">
              <PatternSwatch prefix={PATTERNS} index={PAST} /> older than the 85th percentile
            </span>
          </p>
        </>
      ) : (
        <p>Nothing is in progress now.</p>
      )}
    </ChartFigure>
  );
}
