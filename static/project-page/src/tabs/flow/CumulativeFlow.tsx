/**
 * Work in progress over the last 30 days, and the cumulative flow: the items in each column at the
 * end of each day, stacked, each column's band with its own pattern as well as its colour.
 */
import { Area, AreaChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FlowSection } from '../../../../../src/domain/report';
import { FIGURE, day, items, listInWords } from '../../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../../shared/charts';
import { PatternDefs, PatternSwatch, patternColor, patternFill } from '../../../../shared/patterns';
import { ChartFigure } from '../../../../shared/ui';

const PATTERNS = 'cfd';

export function CumulativeFlow({ flow }: { flow: FlowSection }) {
  const last = flow.days.length - 1;
  const label = (at: string, index: number) => (index === last ? 'now' : day(at));
  const data = flow.days.map((point, index) => ({
    at: label(point.at, index),
    inProgress: point.inProgress,
    ...Object.fromEntries(point.byColumn.map((count, column) => [`c${column}`, count])),
  }));
  const first = flow.days[0];
  const now = flow.days[last];
  /** The figures by day, with the columns given: work in progress, or the items in each board column. */
  const table = (testId: string, columns: { name: string; count: (point: FlowSection['days'][number]) => number }[]) => (
    <table className="data" data-testid={testId}>
      <thead>
        <tr>
          <th>At the end of</th>
          {columns.map((column) => (
            <th key={column.name} className="num">
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {flow.days.map((point, index) => (
          <tr key={point.at}>
            <td>{label(point.at, index)}</td>
            {columns.map((column) => (
              <td key={column.name} className="num">
                {column.count(point)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  // Columns stack from the last (done) at the bottom to the first at the top, as a cumulative flow reads.
  const stackOrder = flow.columns.map((_, column) => column).reverse();
  return (
    <>
      <ChartFigure
        title="Work in progress at the end of each day"
        summary={`${items(first?.inProgress)} in progress ${first ? day(first.at) : ''}, ${items(now?.inProgress)} now.`}
        table={table('wip-table', [{ name: 'In progress', count: (point) => point.inProgress }])}
      >
        <ResponsiveContainer width="100%" height={180}>
          <LineChart data={data} margin={{ left: 0, right: 20, top: 10 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} />
            <XAxis dataKey="at" tick={AXIS_TICK} minTickGap={24} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} />
            <Tooltip {...TOOLTIP_STYLE} />
            <Line dataKey="inProgress" name={FIGURE.workInProgress} stroke={CHART_COLORS.primary} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        title="Cumulative flow: items in each column"
        summary={`Now: ${listInWords(flow.columns.map((column, index) => `${items(now?.byColumn[index])} in ${column.name}`))}.`}
        table={table('cfd-table', flow.columns.map((column, index) => ({ name: column.name, count: (point) => point.byColumn[index] })))}
      >
        <ResponsiveContainer width="100%" height={240}>
          <AreaChart data={data} margin={{ left: 0, right: 20, top: 10 }}>
            <PatternDefs prefix={PATTERNS} />
            <CartesianGrid stroke={CHART_COLORS.grid} />
            <XAxis dataKey="at" tick={AXIS_TICK} minTickGap={24} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} />
            <Tooltip {...TOOLTIP_STYLE} />
            {stackOrder.map((column) => (
              <Area
                key={column}
                type="stepAfter"
                dataKey={`c${column}`}
                name={flow.columns[column].name}
                stackId="cfd"
                stroke={patternColor(column)}
                fill={patternFill(PATTERNS, column)}
                fillOpacity={1}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
        <p className="muted" data-testid="cfd-legend">
          {flow.columns.map((column, index) => (
            <span key={column.name} className="legend">
              <PatternSwatch prefix={PATTERNS} index={index} /> {column.name}
            </span>
          ))}
        </p>
      </ChartFigure>
    </>
  );
}
