/**
 * When will it be done? The forecasts of the report (docs/metrics.md, "Forecasts"): when the ready
 * runway and the near-term items will be done, and how many items by a date, each at 50%, 85% and
 * 95%, with the history they rest on. For a date the viewer picks, the page plays the report's own
 * trials (the same history, seed and count), so it reads what the report would.
 */
import { useMemo, useState } from 'react';
import type { Forecast as ForecastFigures, Report } from '../../../../src/domain/report';
import { howManyDone } from '../../../../src/analysis/flow/monte-carlo';
import { periodsUntil } from '../../../../src/analysis/flow/periods';
import {
  LIKELY_COLUMNS,
  forecastFromFigure,
  howManyName,
  howManyValue,
  periodCount,
  periodName,
  whenTargetName,
  whenValue,
} from '../../../../src/report/format/flow-figures';
import { day } from '../../../../src/vocabulary';
import { FigureList } from '../../../shared/figures';
import { Notice } from '../../../shared/ui';
import { WhenChart } from './WhenChart';

export function Forecast({ report }: { report: Report }) {
  const forecast = report.flow?.forecast;
  return (
    <section aria-labelledby="forecast-heading" data-testid="forecast">
      <h2 className="section" id="forecast-heading">
        When will it be done?
      </h2>
      {!forecast ? (
        <p>There are no flow figures for this board, so there is no forecast. {report.capabilities.limitations.join(' ')}</p>
      ) : forecast.unavailable !== null ? (
        <Notice title="No forecast yet">
          <p data-testid="forecast-unavailable">{forecast.unavailable}</p>
        </Notice>
      ) : (
        <ForecastFigures forecast={forecast} />
      )}
    </section>
  );
}

function ForecastFigures({ forecast }: { forecast: ForecastFigures }) {
  return (
    <div className="stack">
      <FigureList figures={[forecastFromFigure(forecast)]} />
      <p className="muted">
        Counted from {day(forecast.startsAt)}
        {forecast.basis === 'sprints' ? ', the planned end of the running sprint' : ''}. At 85% likely, 85 in 100 trials were done by that date.
      </p>
      <WhenChart forecast={forecast} />
      <table className="data" data-testid="forecast-when">
        <thead>
          <tr>
            <th>Done by</th>
            <LikelyHeadings />
          </tr>
        </thead>
        <tbody>
          {forecast.when.map((when) => (
            <tr key={when.target}>
              <td>{whenTargetName(when)}</td>
              <LikelyCells value={(id) => whenValue(when, id)} />
            </tr>
          ))}
        </tbody>
      </table>
      <HowMany forecast={forecast} />
      <details>
        <summary>Show the history the trials draw from</summary>
        <table className="data" data-testid="forecast-history">
          <thead>
            <tr>
              <th>{forecast.basis === 'sprints' ? 'Sprint drawn from' : 'Week drawn from'}</th>
              <th className="num">Counted</th>
            </tr>
          </thead>
          <tbody>
            {forecast.history.map((period) => (
              <tr key={period.from}>
                <td>{periodName(period)}</td>
                <td className="num">{periodCount(period)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

type LikelyId = (typeof LIKELY_COLUMNS)[number]['id'];

/** The 50%, 85% and 95% columns' headings, and a row's cells under them. */
function LikelyHeadings() {
  return LIKELY_COLUMNS.map((column) => (
    <th key={column.id} className="num">
      {column.name}
    </th>
  ));
}

function LikelyCells({ value }: { value: (id: LikelyId) => string }) {
  return LIKELY_COLUMNS.map((column) => (
    <td key={column.id} className="num">
      {value(column.id)}
    </td>
  ));
}

/** The report's "how many by" dates, and one the viewer picks (by the end of that day, UTC). */
function HowMany({ forecast }: { forecast: ForecastFigures }) {
  const [picked, setPicked] = useState('');
  const pickedRow = useMemo(() => {
    const endMs = Date.parse(`${picked}T00:00:00.000Z`) + 86_400_000;
    if (Number.isNaN(endMs)) return null;
    const periods = periodsUntil(forecast, endMs);
    const counts = howManyDone(forecast.history.map((period) => period.counted), periods, { seed: forecast.seed, trials: forecast.trials });
    return { date: new Date(endMs - 1).toISOString(), periods, ...counts };
  }, [forecast, picked]);
  const rows = pickedRow ? [...forecast.howMany, pickedRow] : forecast.howMany;
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="forecast-date">Pick a date to see how many items are likely done by the end of it</label>
        <input id="forecast-date" type="date" value={picked} min={forecast.startsAt.slice(0, 10)} onChange={(event) => setPicked(event.target.value)} />
      </div>
      <table className="data" data-testid="forecast-how-many">
        <thead>
          <tr>
            <th>Items done by</th>
            <LikelyHeadings />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} data-picked={index === forecast.howMany.length ? 'true' : undefined}>
              <td>
                {howManyName(forecast, row)}
                {index === forecast.howMany.length ? ' (the date picked)' : ''}
              </td>
              <LikelyCells value={(id) => howManyValue(row, id)} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
