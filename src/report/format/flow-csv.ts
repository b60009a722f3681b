/**
 * The flow figures and forecasts of one project as rows of its CSV (csv.ts): section, subject,
 * figure and value, named and worded as on every other surface (flow-figures.ts).
 */
import type { FlowSection } from '../../domain/report';
import { day, days } from '../../vocabulary';
import { LIKELY_COLUMNS, flowFigures, forecastFromFigure, howManyName, howManyValue, sprintChanceFigures, whenTargetName, whenValue } from './flow-figures';

type AddRow = (section: string, subject: string, figure: string, value: string) => void;

export function addFlowRows(flow: FlowSection, add: AddRow): void {
  for (const figure of flowFigures(flow)) add('Flow', '', figure.name, figure.value);
  for (const week of flow.throughput.weeks) add('Throughput by week', `Week from ${day(week.weekStart)}`, 'Items finished', String(week.finished));
  for (const item of flow.ageing) add('Work in progress', item.issueKey, 'Age', `${days(item.ageDays)} (${item.column})`);
  const { forecast } = flow;
  if (forecast.unavailable !== null) {
    add('Forecast', '', 'No forecast', forecast.unavailable);
  } else {
    const from = forecastFromFigure(forecast);
    add('Forecast', '', from.name, from.value);
    for (const when of forecast.when) for (const column of LIKELY_COLUMNS) add('Forecast', whenTargetName(when), column.name, whenValue(when, column.id));
    for (const row of forecast.howMany) for (const column of LIKELY_COLUMNS) add('Forecast', howManyName(forecast, row), column.name, howManyValue(row, column.id));
  }
  const chance = forecast.runningSprint;
  if (chance && chance.unavailable === null) for (const figure of sprintChanceFigures(chance)) add('Forecast', '', figure.name, figure.value);
  else if (chance) add('Forecast', chance.name, 'No chance', chance.unavailable!);
}
