/**
 * timebox-drift: sprints close late, or their lengths vary.
 * Looks at the last `ofLast` closed sprints (default 6). Warning when one or more closed more than
 * `lateWorkingDays` (1) working days after the planned end, or when the planned lengths differ by more
 * than `lengthSpreadWorkingDays` (2) working days (longest minus shortest); critical when
 * `criticalLateSprints` (3) or more of those sprints closed late.
 */
import { plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_SPRINTS, evidence, lastClosed } from '../helpers';
import { timeboxDrift } from './declaration';

export const timeboxDriftRule = defineRule(timeboxDrift, (ctx, { lateWorkingDays, lengthSpreadWorkingDays, ofLast, criticalLateSprints }) => {
  if (ctx.sprints === null) return { silent: NO_SPRINTS };
  const recent = lastClosed(ctx, ofLast);
  const late = recent.filter((s) => s.lateWorkingDays !== null && s.lateWorkingDays > lateWorkingDays);
  const lengths = recent.map((s) => s.plannedWorkingDays).filter((d): d is number => d !== null);
  // Length spread = longest planned length - shortest, in working days.
  const spread = lengths.length >= 2 ? Math.max(...lengths) - Math.min(...lengths) : 0;
  const lengthsVary = spread > lengthSpreadWorkingDays;
  if (late.length === 0 && !lengthsVary) return { quiet: true };
  const parts: string[] = [];
  if (late.length > 0) {
    parts.push(`${plural(late.length, 'sprint')} of the last ${recent.length} closed more than ${plural(lateWorkingDays, 'working day')} after the planned end (${late.map((s) => `${s.name}: ${s.lateWorkingDays} days late`).join(', ')})`);
  }
  if (lengthsVary) parts.push(`planned lengths ranged from ${Math.min(...lengths)} to ${Math.max(...lengths)} working days`);
  return {
    fired: {
      severity: late.length >= criticalLateSprints ? 'critical' : 'warning',
      observation: `${parts.join('; and ')}.`.replace(/^./, (c) => c.toUpperCase()),
      evidence: evidence({
        sprintIds: (late.length > 0 ? late : recent).map((s) => s.id),
        dates: late.flatMap((s) => [s.endDate, s.completeDate]).filter((d): d is string => d !== null),
      }),
      question: 'What makes it hard to close the sprint on the planned day, and how might a steady rhythm help the team plan?',
      rule: `in the last ${ofLast} closed sprints, one closed more than ${plural(lateWorkingDays, 'working day')} late or lengths vary by more than ${lengthSpreadWorkingDays} working days (critical when ${criticalLateSprints} or more closed late)`,
    },
  };
});
