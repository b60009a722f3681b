/**
 * The portfolio page's table: one project a row, its figures named and worded as on every portfolio
 * surface (src/report/format/portfolio.ts), with sortable columns whose direction is shown (an arrow
 * and aria-sort). Below 640 px wide each row becomes a card, each figure with its name, so the page
 * never scrolls sideways.
 */
import type { PortfolioRow } from '../../../src/shared/api';
import { AREA_NAME, FIGURE, MISSING, NOT_ENOUGH_DATA, dateTime, day, itemsAWeek, lastClosedSprints, percent, scoreArithmetic, scoreWithGaps, sprints } from '../../../src/vocabulary';
import { changesText, ownSettingsText, scoreTrendText, trendText } from '../../../src/report/format/portfolio';
import { ProjectPageLink, SeverityLozenge, TrafficLightLozenge } from '../../shared/ui';
import { Sparkline } from './Sparkline';
import type { SortKey } from './sortRows';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'project', label: 'Project' },
  { key: 'score', label: FIGURE.healthScore },
  { key: 'reliability', label: FIGURE.reliabilityTrend },
  { key: 'runway', label: FIGURE.readyRunway },
  { key: 'stability', label: FIGURE.top10Kept },
  { key: 'interleaving', label: FIGURE.interleaving },
  { key: 'throughput', label: FIGURE.throughput },
  { key: 'forecast', label: FIGURE.nearTermBy85 },
  { key: 'signals', label: FIGURE.topSignals },
];

const LABEL = Object.fromEntries(COLUMNS.map((column) => [column.key, column.label])) as Record<SortKey, string>;

export function PortfolioTable(props: { rows: PortfolioRow[]; sortKey: SortKey; ascending: boolean; onSort: (key: SortKey) => void }) {
  const { rows, sortKey, ascending, onSort } = props;
  return (
    <table className="data portfolio" data-testid="portfolio-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const sorted = column.key === sortKey;
            return (
              <th key={column.key} aria-sort={sorted ? (ascending ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span className="sort-arrow" aria-hidden="true" data-testid={sorted ? 'sort-arrow' : undefined}>
                    {sorted ? (ascending ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.projectKey} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function Row({ row }: { row: PortfolioRow }) {
  const last = row.reliabilityTrend.length > 0 ? row.reliabilityTrend[row.reliabilityTrend.length - 1] : undefined;
  const moreSignals = row.signalCount - row.topSignals.length;
  return (
    <tr data-project={row.projectKey}>
      <td data-label={LABEL.project}>
        <ProjectPageLink projectKey={row.projectKey} projectName={row.projectName} />
        <div className="muted">{row.computedAt ? `Computed ${dateTime(row.computedAt)}` : 'Not analysed yet'}</div>
        {row.refreshedNightly !== true ? (
          <div className="muted" data-testid="not-nightly">
            {row.refreshedNightly === false
              ? 'Not refreshed nightly: switched off in its settings'
              : 'Not refreshed: its settings could not be read'}
          </div>
        ) : null}
        {row.refresh.state === 'failed' && row.refreshedNightly !== null ? (
          <div className="muted">The last refresh did not finish: {row.refresh.message}</div>
        ) : null}
        {row.computedAt && (row.ownThresholds.length > 0 || row.switchedOff.length > 0) ? (
          <div className="muted">
            {FIGURE.ownSettings}: <span data-testid="own-settings">{ownSettingsText(row)}</span>
          </div>
        ) : null}
      </td>
      <td data-label={LABEL.score} data-testid="portfolio-score">
        <div>{row.computedAt ? scoreWithGaps(row.score, [], row.provisional) : MISSING}</div>
        <TrafficLightLozenge light={row.trafficLight} none={!row.computedAt ? 'No score yet' : row.provisional ? NOT_ENOUGH_DATA : undefined} />
        {row.score !== null && row.notAssessed.length > 0 ? (
          <div className="muted">{row.notAssessed.map((area) => AREA_NAME[area]).join(' and ')} not assessed</div>
        ) : null}
        {row.computedAt ? (
          <>
            <div className="muted" data-testid="score-arithmetic">
              {scoreArithmetic(row.score, row.scoreTerms)}
            </div>
            <div className="muted">
              Last refreshes: <span data-testid="score-trend">{scoreTrendText(row.scoreTrend)}</span>
            </div>
          </>
        ) : null}
      </td>
      <td data-label={LABEL.reliability}>
        <div className="sparkline-with-figure">
          <Sparkline values={row.reliabilityTrend} label={`Commitment reliability of ${row.projectKey}`} />
          {last !== undefined ? (
            <span data-testid="reliability-last">
              <strong>{percent(last)}</strong> <span className="muted">{lastClosedSprints(1)}</span>
            </span>
          ) : null}
        </div>
        <div className="muted" data-testid="reliability-trend">
          {row.computedAt ? trendText(row.reliabilityTrend) : MISSING}
        </div>
      </td>
      <td data-label={LABEL.runway}>{sprints(row.readyRunwaySprints)}</td>
      <td data-label={LABEL.stability}>{percent(row.top10Overlap)}</td>
      <td data-label={LABEL.interleaving}>{percent(row.technicalInterleaving)}</td>
      <td data-label={LABEL.throughput}>{itemsAWeek(row.throughputPerWeek)}</td>
      <td data-label={LABEL.forecast}>{day(row.nearTermDoneBy85)}</td>
      <td data-label={LABEL.signals}>
        {row.topSignals.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <ul className="plain">
            {row.topSignals.map((signal) => (
              <li key={signal.id}>
                <SeverityLozenge severity={signal.severity} /> {signal.title}
              </li>
            ))}
          </ul>
        )}
        {moreSignals > 0 ? (
          <div className="muted" data-testid="more-signals">
            +{moreSignals} more
          </div>
        ) : null}
        {row.computedAt ? (
          <div className="muted">
            {FIGURE.sinceLastRefresh}: <span data-testid="since-last-refresh">{changesText(row.changes)}</span>
          </div>
        ) : null}
      </td>
    </tr>
  );
}
