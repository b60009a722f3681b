/**
 * lingering-impediments: flagged items stay blocked for days.
 * Looks at the flag periods of the trend window's closed sprints (the last `trendSprints`) and of
 * the active sprint so far. Warning when an item was flagged for more than `flaggedWorkingDays` (2)
 * working days during a sprint; critical when one was flagged for more than twice that. An item
 * flagged that long in several spells (or sprints) is named once, with its longest spell.
 */
import { plural } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_SPRINTS, evidence, lastClosed } from '../helpers';
import { lingeringImpediments } from './declaration';

export const lingeringImpedimentsRule = defineRule(lingeringImpediments, (ctx, { flaggedWorkingDays }) => {
  if (ctx.sprints === null) return { silent: NO_SPRINTS };
  const active = ctx.sprints.active;
  const periods = [
    ...lastClosed(ctx, ctx.settings.trendSprints).flatMap((s) => s.impediments.map((p) => ({ ...p, sprintId: s.id }))),
    ...(active ? active.impediments.map((p) => ({ ...p, sprintId: active.id })) : []),
  ];
  const lingering = periods.filter((p) => p.workingDays > flaggedWorkingDays).sort((a, b) => b.workingDays - a.workingDays);
  if (lingering.length === 0) return { quiet: true };
  // One mention per item, with its longest spell (and how many spells went past the threshold).
  const byItem = new Map<string, { longest: (typeof lingering)[number]; spells: number }>();
  for (const p of lingering) {
    const seen = byItem.get(p.issueKey);
    if (seen) seen.spells++;
    else byItem.set(p.issueKey, { longest: p, spells: 1 });
  }
  const longest = lingering[0].workingDays;
  const examples = [...byItem.values()]
    .slice(0, 3)
    .map(({ longest: p, spells }) => `${p.issueKey} (${p.workingDays} working days${spells > 1 ? `, the longest of ${spells} such spells` : ''}${p.to === null ? ', still flagged at the sprint’s end or now' : ''})`)
    .join(', ');
  return {
    fired: {
      severity: longest > 2 * flaggedWorkingDays ? 'critical' : 'warning',
      observation: `${plural(byItem.size, 'item was', 'items were')} flagged for more than ${flaggedWorkingDays} working days during a sprint, the longest for ${longest} (each item with its longest spell): ${examples}.`,
      evidence: evidence({ issueKeys: [...byItem.keys()], sprintIds: lingering.map((p) => p.sprintId), dates: lingering.map((p) => p.from) }),
      question: 'What would help the team raise and remove an impediment within a day or two?',
      rule: `an item flagged more than ${flaggedWorkingDays} working days during a sprint (critical above ${2 * flaggedWorkingDays})`,
    },
  };
});
