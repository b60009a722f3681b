/**
 * The running sprint's burnup (docs/metrics.md, "The running sprint"), drawn against the time left:
 * the days run so far carry the scope (a solid line with square marks) and the work done (a dashed
 * line with round marks); the days to the planned end are left empty, up to a dotted line at the end.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunningSprint } from '../../../../../src/domain/report';
import { day, sized } from '../../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../../shared/charts';
import { ChartFigure } from '../../../../shared/ui';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Point {
  label: string;
  scope: number | null;
  done: number | null;
}

/** The burnup's points, then one empty point a day up to the planned end: the time left. */
function chartPoints(running: RunningSprint, endDate: string | null): Point[] {
  const points: Point[] = running.burnup.map((p) => ({ label: day(p.at), scope: p.scope, done: p.done }));
  const last = running.burnup[running.burnup.length - 1];
  const endMs = endDate ? Date.parse(endDate) : NaN;
  if (!last || !Number.isFinite(endMs)) return points;
  // Whole UTC days, from the day after the last point's to the planned end's.
  const lastDay = Math.floor(Date.parse(last.at) / DAY_MS) * DAY_MS;
  for (let ms = lastDay + DAY_MS; ms <= endMs; ms += DAY_MS) points.push({ label: day(new Date(ms).toISOString()), scope: null, done: null });
  return points;
}

function Square(props: { cx?: number; cy?: number }) {
  if (props.cx === undefined || props.cy === undefined) return null;
  return <rect x={props.cx - 3} y={props.cy - 3} width={6} height={6} fill={CHART_COLORS.primary} />;
}

export function Burnup({ running, endDate }: { running: RunningSprint; endDate: string | null }) {
  if (running.burnup.length === 0) return null;
  const points = chartPoints(running, endDate);
  const now = running.burnup[running.burnup.length - 1];
  const size = (value: number) => sized(value, running.unit);
  return (
    <ChartFigure
      title={`Burnup, in ${running.unit === 'points' ? 'points' : 'items'}, against the time left`}
      summary={`Scope now ${size(now.scope)}, of which ${size(now.done)} done; the sprint is planned to end on ${day(endDate)}.`}
      table={
        <table className="data" data-testid="burnup-table">
          <thead>
            <tr>
              <th>End of day</th>
              <th className="num">Scope</th>
              <th className="num">Done</th>
            </tr>
          </thead>
          <tbody>
            {running.burnup.map((p) => (
              <tr key={p.at}>
                <td>{day(p.at)}</td>
                <td className="num">{size(p.scope)}</td>
                <td className="num">{size(p.done)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ left: 0, right: 20, top: 10 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis dataKey="label" tick={AXIS_TICK} />
          <YAxis tick={AXIS_TICK} allowDecimals={false} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(value) => (typeof value === 'number' ? size(value) : '')} />
          <Legend />
          <Line dataKey="scope" name="Scope" stroke={CHART_COLORS.primary} strokeWidth={2} dot={<Square />} isAnimationActive={false} />
          <Line dataKey="done" name="Done" stroke={CHART_COLORS.quaternary} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 3 }} isAnimationActive={false} />
          {endDate ? <ReferenceLine x={day(endDate)} stroke={CHART_COLORS.tertiary} strokeDasharray="2 3" label={{ value: 'Planned end', fill: AXIS_TICK.fill, fontSize: 12, position: 'insideTopLeft' }} /> : null}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
