/**
 * What changed since the last refresh (signals raised and cleared, figures that moved) and the health
 * score over time, one point per stored report (docs/metrics.md, "The score over time and what changed").
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Report } from '../../../../src/domain/report';
import { changedSignals, historyRow, movedFigures, sinceText } from '../../../../src/report/format/changes';
import { FIGURE, SCORE_OVER_TIME, day, plural } from '../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS, TOOLTIP_STYLE } from '../../../shared/charts';
import { FigureList } from '../../../shared/figures';
import { ChartFigure } from '../../../shared/ui';

export function ScoreHistory({ report }: { report: Report }) {
  const { changes, points } = report.history;
  const rows = points.map(historyRow);
  const chart = points.map((point) => ({ date: day(point.computedAt), score: point.total }));
  return (
    <section aria-labelledby="changes-heading" data-testid="score-history" className="stack">
      <h2 className="section" id="changes-heading">
        {FIGURE.sinceLastRefresh}
      </h2>
      {changes === null ? (
        <p data-testid="no-changes">This is the first report of this board: there is nothing to compare it with yet.</p>
      ) : (
        <div data-testid="changes" className="stack">
          <p className="muted">{sinceText(changes)}</p>
          <div>
            <FigureList figures={changedSignals(changes)} />
          </div>
          {changes.figures.length === 0 ? (
            <p>No figure moved.</p>
          ) : (
            <table className="data" aria-label="Figures that moved since the last refresh">
              <thead>
                <tr>
                  <th>Figure that moved</th>
                  <th className="num">Before</th>
                  <th className="num">Now</th>
                </tr>
              </thead>
              <tbody>
                {movedFigures(changes).map((figure) => (
                  <tr key={figure.id}>
                    <td>{figure.name}</td>
                    <td className="num">{figure.before}</td>
                    <td className="num">{figure.now}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {points.length > 1 ? (
        <div>
          <ChartFigure
            title={SCORE_OVER_TIME}
            summary={`${SCORE_OVER_TIME}, ${plural(points.length, 'refresh', 'refreshes')}: ${rows.map((row) => row.score).join(', ')}.`}
            table={
              <table className="data" data-testid="score-history-table">
                <thead>
                  <tr>
                    <th>Computed</th>
                    <th className="num">{FIGURE.healthScore}</th>
                    <th>{FIGURE.health}</th>
                    <th className="num">Points lost</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr key={`${row.when}-${index}`}>
                      <td>{row.when}</td>
                      <td className="num">{row.score}</td>
                      <td>{row.health}</td>
                      <td className="num">{row.lost}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <ResponsiveContainer width="100%" height={180}>
              <LineChart data={chart} margin={{ left: 0, right: 20, top: 10 }}>
                <CartesianGrid stroke={CHART_COLORS.grid} />
                <XAxis dataKey="date" tick={AXIS_TICK} />
                <YAxis domain={[0, 100]} tick={AXIS_TICK} />
                <Tooltip {...TOOLTIP_STYLE} />
                <Line type="monotone" dataKey="score" name={FIGURE.healthScore} stroke={CHART_COLORS.primary} isAnimationActive={false} connectNulls />
              </LineChart>
            </ResponsiveContainer>
          </ChartFigure>
        </div>
      ) : (
        <p className="muted">The score&apos;s history builds up with each refresh; its chart appears after the second.</p>
      )}
    </section>
  );
}
