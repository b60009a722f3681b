/** The flow part of one project's report: throughput, cycle time, work in progress, cumulative flow and the forecasts. */
import type { Forecast, Report } from '../../domain/report';
import { dateTime, day, days } from '../../vocabulary';
import type { Block, Section } from './document';
import { left, right } from './document';
import type { Figure } from './figures';
import {
  LIKELY_COLUMNS,
  flowFigures,
  forecastFromFigure,
  howManyName,
  howManyValue,
  periodCount,
  periodName,
  sprintChanceFigures,
  whenTargetName,
  whenValue,
} from './flow-figures';
import { issueRun } from './links';

const facts = (figures: Figure[]): Block => ({ kind: 'facts', facts: figures.map((f) => ({ label: f.name, value: f.value })) });

export function flowSection(report: Report): Section | null {
  const flow = report.flow;
  if (!flow) return null;
  const blocks: Block[] = [
    facts(flowFigures(flow)),
    {
      kind: 'table',
      columns: [left('Week from'), right('Items finished')],
      rows: flow.throughput.weeks.map((week) => [day(week.weekStart), String(week.finished)]),
      empty: '',
    },
    {
      kind: 'table',
      columns: [left('In progress'), left('Summary'), left('Column'), left('Started'), right('Age')],
      rows: flow.ageing.map((item) => [issueRun(report.site, item.issueKey), item.summary, item.column, day(item.startedAt), days(item.ageDays)]),
      empty: 'Nothing is in progress now.',
    },
    {
      kind: 'table',
      columns: [left('Finished item'), left('Started'), left('Finished'), right('Cycle time')],
      rows: flow.cycleTime.finished.map((item) => [issueRun(report.site, item.issueKey), day(item.startedAt), day(item.finishedAt), days(item.cycleDays)]),
      empty: `No item was finished in the last ${flow.cycleTime.windowDays} days after being in progress.`,
    },
    { kind: 'heading', text: 'Work in progress and items in each column, at the end of each day' },
    {
      kind: 'table',
      columns: [left('At'), right('In progress'), ...flow.columns.map((column) => right(column.name))],
      rows: flow.days.map((point, index) => [index === flow.days.length - 1 ? `now (${dateTime(point.at)})` : day(point.at), String(point.inProgress), ...point.byColumn.map(String)]),
      empty: '',
    },
    ...forecastBlocks(report, flow.forecast),
  ];
  return { title: 'Flow', id: 'flow', blocks };
}

function forecastBlocks(report: Report, forecast: Forecast): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: 'Forecasts' }];
  if (forecast.unavailable !== null) return [...blocks, { kind: 'text', text: `No forecast: ${forecast.unavailable}` }];
  blocks.push(
    facts([forecastFromFigure(forecast)]),
    {
      kind: 'table',
      columns: [left('Done by'), ...LIKELY_COLUMNS.map((column) => right(column.name))],
      rows: forecast.when.map((when) => [whenTargetName(when), ...LIKELY_COLUMNS.map((column) => whenValue(when, column.id))]),
      empty: report.backlog ? '' : 'There are no backlog figures, so there is nothing to forecast a date for.',
    },
    {
      kind: 'table',
      columns: [left('Items done by'), ...LIKELY_COLUMNS.map((column) => right(column.name))],
      rows: forecast.howMany.map((row) => [howManyName(forecast, row), ...LIKELY_COLUMNS.map((column) => howManyValue(row, column.id))]),
      empty: '',
    },
    {
      kind: 'table',
      columns: [left(forecast.basis === 'sprints' ? 'Sprint drawn from' : 'Week drawn from'), right('Counted')],
      rows: forecast.history.map((period) => [periodName(period), periodCount(period)]),
      empty: '',
    },
  );
  const chance = forecast.runningSprint;
  if (chance) {
    blocks.push(chance.unavailable !== null ? { kind: 'text', text: `No chance for ${chance.name}: ${chance.unavailable}` } : facts(sprintChanceFigures(chance)));
  }
  return blocks;
}
