/** The backlog's ordering stability: the figures, who re-ranks, and the trend over the daily snapshots. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BacklogSection, Report } from '../../../../src/domain/report';
import { day, decimal, percent, personName } from '../../../shared/format';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../shared/charts';
import { ChartFigure } from '../../../shared/ui';

/** One figure with its label. */
export function Card({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="card" data-testid={testId}>
      <div className="figure">{value}</div>
      <div className="muted">{label}</div>
    </div>
  );
}

export function Ordering({ backlog, report }: { backlog: BacklogSection; report: Report }) {
  const { ordering } = backlog;
  const history = ordering.history.map((point) => ({ date: day(point.date), rbo7: point.rbo7, top10Overlap: point.top10Overlap }));
  return (
    <section aria-labelledby="ordering-heading">
      <h2 className="section" id="ordering-heading">
        Ordering stability
      </h2>
      <div className="cards">
        <Card label="Top 10 kept from a week ago" value={percent(ordering.top10Overlap)} testId="top10-overlap" />
        <Card label="Top 20 similarity to 7 days ago" value={percent(ordering.rbo7)} />
        <Card label="Top 20 similarity to 28 days ago" value={percent(ordering.rbo28)} />
        <Card label="Re-ranks per week near the top" value={decimal(ordering.rankChangesPerWeekNearTerm)} />
        <Card label="People re-ranking" value={String(ordering.distinctRankers)} />
        <Card label="Share of the most active ranker" value={percent(ordering.topRankerShare)} />
      </div>
      <p className="muted">
        Last re-rank: {day(ordering.lastRerankAt)}. Snapshots of the order so far: {ordering.snapshotCount}.
        {ordering.rankers.length > 0
          ? ` Re-ranked by: ${ordering.rankers.map((ranker) => `${personName(report, ranker.accountId)} (${ranker.changes})`).join(', ')}.`
          : ''}
      </p>
      {history.length > 1 ? (
        <ChartFigure
          title="Ordering stability over time"
          summary={`Ordering stability over ${history.length} snapshots; latest top-10 overlap ${percent(ordering.top10Overlap)}.`}
          table={
            <table className="data">
              <thead>
                <tr>
                  <th>Date</th>
                  <th className="num">Similarity to a week before</th>
                  <th className="num">Top 10 kept</th>
                </tr>
              </thead>
              <tbody>
                {ordering.history.map((point) => (
                  <tr key={point.date}>
                    <td>{day(point.date)}</td>
                    <td className="num">{percent(point.rbo7)}</td>
                    <td className="num">{percent(point.top10Overlap)}</td>
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
              <YAxis domain={[0, 1]} tick={AXIS_TICK} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
              <Tooltip {...TOOLTIP_STYLE} formatter={(v) => percent(typeof v === 'number' ? v : null)} />
              <Legend />
              <Line type="monotone" dataKey="rbo7" name="Similarity to a week before" stroke={CHART_COLORS.primary} isAnimationActive={false} connectNulls />
              <Line type="monotone" dataKey="top10Overlap" name="Top 10 kept" stroke={CHART_COLORS.tertiary} isAnimationActive={false} connectNulls />
            </LineChart>
          </ResponsiveContainer>
        </ChartFigure>
      ) : (
        <p>Snapshots of the backlog order build up day by day; the trend appears after the second one.</p>
      )}
    </section>
  );
}
