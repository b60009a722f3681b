/**
 * The flow figures and forecasts as name and value, picked from the report and formatted by the
 * vocabulary: the one list the CLI's formats, the CSV exports and the pages show (docs/metrics.md,
 * "Flow" and "Forecasts"). Nothing here computes a figure.
 */
import type { FlowSection, Forecast, ForecastPeriod, HowManyForecast, SprintChance, WhenForecast } from '../../domain/report';
import {
  FIGURE,
  MISSING,
  cycleTimeName,
  day,
  days,
  items,
  itemsAWeek,
  lastClosedSprints,
  lastFullWeeks,
  likelyName,
  listInWords,
  percent,
  plural,
  wholeNumber,
} from '../../vocabulary';
import type { Figure } from './figures';

export const CONFIDENCE_LEVELS = [50, 85, 95] as const;
type Level = `p${(typeof CONFIDENCE_LEVELS)[number]}`;
const level = (p: (typeof CONFIDENCE_LEVELS)[number]): Level => `p${p}`;

export function flowFigures(flow: FlowSection): Figure[] {
  const { percentiles } = flow.cycleTime;
  return [
    { id: 'throughput', name: FIGURE.throughput, value: itemsAWeek(flow.throughput.perWeek) },
    { id: 'cycle-times', name: FIGURE.cycleTimesMeasured, value: items(flow.cycleTime.finished.length) },
    ...CONFIDENCE_LEVELS.map((p) => ({ id: `cycle-time-${p}`, name: cycleTimeName(p), value: days(percentiles[level(p)]) })),
    { id: 'work-in-progress', name: FIGURE.workInProgress, value: items(flow.ageing.length) },
  ];
}

/** Which columns count as work in progress: 'In progress means the columns "In Progress" and "In Review"; …'. */
export function inProgressColumnsInWords(flow: Pick<FlowSection, 'columns'>): string {
  const names = flow.columns.filter((column) => column.inProgress).map((column) => `"${column.name}"`);
  if (names.length === 0) return 'No column of this board counts as in progress, so no item is counted as work in progress.';
  const columns = names.length === 1 ? `the column ${names[0]}` : `the columns ${listInWords(names)}`;
  return `In progress means ${columns}; the other columns are waiting or done.`;
}

/** "the last 4 closed sprints", "the last 12 full weeks". */
export function forecastBasis(forecast: Forecast): string {
  const count = forecast.history.length;
  return `the ${forecast.basis === 'sprints' ? lastClosedSprints(count) : lastFullWeeks(count)}`;
}

/** What the forecast rests on, as a figure: "Forecast drawn from: the last 4 closed sprints, in 10,000 trials". */
export function forecastFromFigure(forecast: Forecast): Figure {
  return { id: 'forecast-from', name: FIGURE.forecastFrom, value: `${forecastBasis(forecast)}, in ${wholeNumber(forecast.trials)} trials` };
}

/** A period of the history as people name it: the sprint's name, or "week of 24 Aug 2026". */
export function periodName(period: ForecastPeriod): string {
  return period.name ?? `week of ${day(period.from)}`;
}

/** What a period counts: "5 items" for a week; "4 items (5 finished, 1 added after the start)" for a sprint. */
export function periodCount(period: ForecastPeriod): string {
  if (period.addedAfterStart === null) return items(period.counted);
  return `${items(period.counted)} (${period.finished} finished, ${period.addedAfterStart} added after the start)`;
}

/** The columns of a "when" or "how many" table, one per confidence. */
export const LIKELY_COLUMNS = CONFIDENCE_LEVELS.map((p) => ({ id: level(p), name: likelyName(p) }));

/** "Near-term items (4 items)". */
export function whenTargetName(when: WhenForecast): string {
  return `${when.target === 'readyRunway' ? FIGURE.readyRunway : FIGURE.nearTermItems} (${items(when.items)})`;
}

/** One date of a "when" forecast: "22 Dec 2026", "nothing to do" for no items, or beyond the trials' ten years. */
export function whenValue(when: WhenForecast, p: Level): string {
  if (when.items === 0) return 'nothing to do';
  return when.dates[p] === null ? 'not within ten years' : day(when.dates[p]);
}

/** "8 Dec 2026 (after 1 sprint)". */
export function howManyName(forecast: Forecast, row: HowManyForecast): string {
  return `${day(row.date)} (after ${plural(row.periods, forecast.basis === 'sprints' ? 'sprint' : 'week')})`;
}

/** One count of a "how many" forecast: "at least 5 items". */
export function howManyValue(row: HowManyForecast, p: Level): string {
  return `at least ${items(row[p])}`;
}

/** The running sprint's chance and what it rests on, as figures. */
export function sprintChanceFigures(chance: SprintChance): Figure[] {
  return [
    { id: 'sprint-chance', name: `Chance to finish the open items of ${chance.name} by its planned end`, value: chance.chance === null ? MISSING : percent(chance.chance) },
    {
      id: 'sprint-open',
      name: `Open in ${chance.name}`,
      value: `${items(chance.openItems)} (${chance.committedOpen} committed at the start), ${plural(chance.daysLeft, 'day')} left until ${day(chance.endDate)}`,
    },
  ];
}
