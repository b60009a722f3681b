/**
 * ageing-wip: work in progress older than the team's usual cycle time.
 * Compares the age of each item in progress now with the 85th percentile of the cycle time of the
 * items finished in the cycle-time window (90 days). Warning when `minItems` (3) or more items are
 * older than it; critical when one of them is `criticalMultiple` (2) times as old or older.
 * Silent without flow figures, or with fewer than `minFinished` (10) items finished in the window:
 * the usual cycle time is not known well enough.
 */
import { days, plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_FLOW, evidence } from '../helpers';
import { ageingWip } from './declaration';

export const ageingWipRule = defineRule(ageingWip, (ctx, { minItems, criticalMultiple, minFinished }) => {
  const flow = ctx.flow;
  if (flow === null) return { silent: NO_FLOW };
  const { finished, percentiles } = flow.cycleTime;
  const p85 = percentiles.p85;
  if (p85 === null || finished.length < minFinished) {
    return { silent: `Only ${plural(finished.length, 'item was', 'items were')} finished in the last ${flow.cycleTime.windowDays} days after being in progress; the usual cycle time needs ${minFinished}.` };
  }
  const old = flow.ageing.filter((item) => item.ageDays > p85);
  if (old.length < minItems) return { quiet: true };
  const oldest = old[0];
  const critical = oldest.ageDays >= criticalMultiple * p85;
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation:
        `${old.length} of the ${plural(flow.ageing.length, 'item')} in progress ${old.length === 1 ? 'has' : 'have'} been in progress for longer than ` +
        `85% of the items finished in the last ${flow.cycleTime.windowDays} days took (${days(p85)}). ` +
        `The oldest, ${oldest.issueKey}, has been in progress for ${days(oldest.ageDays)}.`,
      evidence: evidence({ issueKeys: old.map((item) => item.issueKey), dates: old.map((item) => item.startedAt) }),
      question: 'What is holding these items up, and what would help the team finish them before starting something new?',
      rule: `${minItems} or more items in progress longer than the 85th percentile of cycle time (critical when one is ${criticalMultiple} times as old or older)`,
    },
  };
});
