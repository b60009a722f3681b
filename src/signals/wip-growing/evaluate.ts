/**
 * wip-growing: more and more work in progress while no more work is finished.
 * Work in progress then = the average over the first 14 of the last 30 days; now = the average over
 * the last 13 days and now (14 days each, so that two-week sprints, which start much work at once,
 * weigh the same in both). Growth = now / then − 1. Throughput: the items finished in the last 4 full
 * weeks against the 4 weeks before. Warning when growth reaches `growth` (0.5) and the average rose
 * by `minItems` (3) items or more, while the last 4 weeks finished no more than the 4 before
 * (a team of two going from 2 items to 3 is not a trend); critical when growth reaches twice `growth`.
 * Silent without flow figures, with fewer than 8 weeks of history, or with less than one item in
 * progress on average a month ago (growth from nothing is not a rate).
 */
import { decimal, percent, plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_FLOW, evidence } from '../helpers';
import { wipGrowing } from './declaration';

const AVERAGED_DAYS = 14;
const WEEKS_COMPARED = 4;

const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

export const wipGrowingRule = defineRule(wipGrowing, (ctx, { growth: threshold, minItems }) => {
  const flow = ctx.flow;
  if (flow === null) return { silent: NO_FLOW };
  const { weeks, weeksOfHistory } = flow.throughput;
  if (weeksOfHistory < 2 * WEEKS_COMPARED || flow.days.length < 2 * AVERAGED_DAYS) {
    return { silent: `The board has ${plural(weeksOfHistory, 'full week')} of history; comparing two stretches of ${WEEKS_COMPARED} weeks needs ${2 * WEEKS_COMPARED}.` };
  }
  const then = average(flow.days.slice(0, AVERAGED_DAYS).map((day) => day.inProgress));
  const now = average(flow.days.slice(-AVERAGED_DAYS).map((day) => day.inProgress));
  if (then < 1) return { silent: 'Less than one item was in progress on average a month ago, so growth from then is not a rate worth reading.' };
  const growth = now / then - 1;
  const finished = (from: number) => weeks.slice(from, from + WEEKS_COMPARED).reduce((sum, week) => sum + week.finished, 0);
  const recent = finished(weeks.length - WEEKS_COMPARED);
  const before = finished(weeks.length - 2 * WEEKS_COMPARED);
  if (growth < threshold || now - then < minItems || recent > before) return { quiet: true };
  return {
    fired: {
      severity: growth >= 2 * threshold ? 'critical' : 'warning',
      observation:
        `Work in progress went from ${decimal(then)} items on average in the first two weeks of the last 30 days to ${decimal(now)} in the last two (up ${percent(growth)}), ` +
        `while the last ${WEEKS_COMPARED} full weeks finished ${plural(recent, 'item')} against ${before} in the ${WEEKS_COMPARED} weeks before.`,
      evidence: evidence({ issueKeys: flow.ageing.map((item) => item.issueKey), dates: [flow.days[0].at, flow.days[flow.days.length - 1].at] }),
      question: 'What keeps new work starting before work in progress is finished, and what limit on work in progress would the team try?',
      rule: `work in progress up ${percent(threshold)} or more, and by ${plural(minItems, 'item')} or more, over 30 days while the last ${WEEKS_COMPARED} weeks finished no more than the ${WEEKS_COMPARED} before (critical from ${percent(2 * threshold)})`,
    },
  };
});
