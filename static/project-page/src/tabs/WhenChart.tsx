/**
 * The "when" forecasts at a glance: for each target, its dates at 50%, 85% and 95% on one time
 * line, each confidence with a shape of its own (circle, diamond, triangle) as well as a colour.
 */
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Forecast } from '../../../../src/domain/report';
import { LIKELY_COLUMNS, whenTargetName, whenValue } from '../../../../src/report/format/flow-figures';
import { day, listInWords } from '../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../shared/charts';

const SHAPES = { p50: 'circle', p85: 'diamond', p95: 'triangle' } as const;
const COLORS = { p50: CHART_COLORS.quaternary, p85: CHART_COLORS.tertiary, p95: CHART_COLORS.secondary } as const;

export function WhenChart({ forecast }: { forecast: Forecast }) {
  const targets = forecast.when.filter((when) => when.items > 0);
  if (targets.length === 0) return null;
  const summary = targets.map((when) => `${whenTargetName(when)}: ${listInWords(LIKELY_COLUMNS.map((column) => `${whenValue(when, column.id)} (${column.name})`))}`).join('. ');
  return (
    <figure className="chart">
      <figcaption>Done by, with how likely</figcaption>
      <div role="img" aria-label={`${summary}.`}>
        <ResponsiveContainer width="100%" height={60 + 40 * targets.length}>
          <ScatterChart margin={{ left: 10, right: 30, top: 10 }}>
            <CartesianGrid stroke={CHART_COLORS.grid} />
            <XAxis type="number" dataKey="ms" domain={['dataMin', 'dataMax']} tick={AXIS_TICK} tickFormatter={(ms: number) => day(new Date(ms).toISOString())} padding={{ left: 20, right: 20 }} />
            <YAxis type="category" dataKey="target" tick={AXIS_TICK} width={170} allowDuplicatedCategory={false} />
            <Tooltip {...TOOLTIP_STYLE} formatter={(value, name) => (name === 'Date' ? day(new Date(Number(value)).toISOString()) : String(value))} />
            <Legend />
            {LIKELY_COLUMNS.map((column) => (
              <Scatter
                key={column.id}
                name={column.name}
                shape={SHAPES[column.id]}
                fill={COLORS[column.id]}
                isAnimationActive={false}
                data={targets.flatMap((when) => (when.dates[column.id] === null ? [] : [{ target: whenTargetName(when), ms: Date.parse(when.dates[column.id]!) }]))}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
