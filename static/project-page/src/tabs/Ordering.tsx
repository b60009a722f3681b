/**
 * The backlog's ordering stability: the figures, today's top 10 against a week ago (kept, fallen,
 * new, gone from the backlog), who re-ranks, and the trend over the daily snapshots.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BacklogSection, Report } from '../../../../src/domain/report';
import { orderingFigures } from '../../../../src/report/format/figures';
import { FIGURE, MISSING, WEEK_LIST, day, inLastDays, items, percent, personName, type SettingsWindows } from '../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../shared/charts';
import { FigureCards } from '../../../shared/figures';
import { ChartFigure, IssueKeys } from '../../../shared/ui';

export function Ordering({ backlog, report, windows }: { backlog: BacklogSection; report: Report; windows: SettingsWindows }) {
  const { ordering } = backlog;
  const history = ordering.history.map((point) => ({ date: day(point.date), rbo7: point.rbo7, top10Overlap: point.top10Overlap, newcomers: point.newcomers }));
  return (
    <section aria-labelledby="ordering-heading" className="stack">
      <h2 className="section" id="ordering-heading">
        Ordering stability
      </h2>
      <FigureCards figures={orderingFigures(ordering, windows)} />
      <p className="muted">
        The order is compared over the items in the backlog on both days: items taken into a sprint, finished or removed since are the
        team&apos;s work, not a change of order, and new items are shown apart.
      </p>
      {ordering.weekAgo ? (
        <div>
          <dl className="figures" data-testid="week-comparison">
            {(
              [
                [WEEK_LIST.kept, ordering.weekAgo.keptKeys],
                [WEEK_LIST.fell, ordering.weekAgo.fellKeys],
                [WEEK_LIST.newcomers, ordering.weekAgo.newcomerKeys],
                [WEEK_LIST.left, ordering.weekAgo.leftKeys],
              ] as const
            ).map(([label, keys]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>
                  <IssueKeys keys={[...keys]} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <p className="muted">
        {ordering.rankers.length > 0
          ? `Re-ranked the backlog ${inLastDays(windows.rankerDays)}: ${ordering.rankers.map((ranker) => `${personName(report.people, ranker.accountId)} (${ranker.changes})`).join(', ')}.`
          : `Nobody re-ranked the backlog ${inLastDays(windows.rankerDays)}.`}
      </p>
      {history.length > 1 ? (
        <ChartFigure
          title="Ordering stability over time"
          summary={`Ordering stability over ${history.length} snapshots; latest ${FIGURE.top10Kept.toLowerCase()}: ${percent(ordering.top10Overlap)}.`}
          table={
            <table className="data">
              <thead>
                <tr>
                  <th>Date</th>
                  <th className="num">Top 20 similarity to a week before</th>
                  <th className="num">Top 10 kept from a week before</th>
                  <th className="num">New in the top 10</th>
                </tr>
              </thead>
              <tbody>
                {ordering.history.map((point) => (
                  <tr key={point.date}>
                    <td>{day(point.date)}</td>
                    <td className="num">{percent(point.rbo7)}</td>
                    <td className="num">{percent(point.top10Overlap)}</td>
                    <td className="num">{point.newcomers === null ? MISSING : items(point.newcomers)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={history} margin={{ left: 0, right: 20, top: 10 }}>
              <CartesianGrid stroke={CHART_COLORS.grid} />
              <XAxis dataKey="date" tick={AXIS_TICK} />
              <YAxis domain={[0, 1]} tick={AXIS_TICK} tickFormatter={(v: number) => percent(v)} />
              <Tooltip {...TOOLTIP_STYLE} formatter={(v) => percent(typeof v === 'number' ? v : null)} />
              <Legend />
              <Line type="monotone" dataKey="rbo7" name="Top 20 similarity to a week before" stroke={CHART_COLORS.primary} isAnimationActive={false} connectNulls />
              <Line type="monotone" dataKey="top10Overlap" name="Top 10 kept from a week before" stroke={CHART_COLORS.tertiary} isAnimationActive={false} connectNulls />
            </LineChart>
          </ResponsiveContainer>
        </ChartFigure>
      ) : (
        <p>Snapshots of the backlog order build up day by day; the trend appears after the second one.</p>
      )}
    </section>
  );
}
