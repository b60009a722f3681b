/**
 * unprotected-sprint: the sprint's scope changes a lot after it starts.
 * Looks at the last `ofLast` closed sprints (default 3). Warning when scope churn
 * ((added + removed) / committed) is above `churnAbove` (20%) in at least `inSprints` (2) of them;
 * critical when it is above in every one of them. The evidence names who added the items.
 */
import { listInWords, percent } from '../../vocabulary';
import { displayNameOf } from '../../analysis/history/people';
import { defineRule } from '../rule';
import { NO_SPRINTS, evidence, lastClosed } from '../helpers';
import { unprotectedSprint } from './declaration';

export const unprotectedSprintRule = defineRule(unprotectedSprint, (ctx, { churnAbove, inSprints, ofLast }) => {
  if (ctx.sprints === null) return { silent: NO_SPRINTS };
  const recent = lastClosed(ctx, ofLast);
  const churning = recent.filter((s) => s.scopeChurn !== null && s.scopeChurn > churnAbove);
  if (churning.length < inSprints || churning.length === 0) return { quiet: true };
  const critical = recent.length === ofLast && churning.length === ofLast && ofLast > inSprints;
  const additions = churning.flatMap((s) => s.scopeChanges.filter((c) => c.change === 'added'));
  const addedBy = new Map<string | null, number>();
  for (const a of additions) addedBy.set(a.by, (addedBy.get(a.by) ?? 0) + 1);
  const adders = [...addedBy.entries()].sort((a, b) => b[1] - a[1]);
  const whoAdded = adders.length === 0 ? '' : ` Items added after the start came from ${listInWords(adders.map(([id, n]) => `${displayNameOf(ctx.people, id)} (${n})`))}.`;
  const list = churning.map((s) => `${s.name} (${percent(s.scopeChurn ?? 0)})`).join(', ');
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation: `Scope churn was above ${percent(churnAbove)} in ${churning.length} of the last ${recent.length} closed sprints: ${list}.${whoAdded}`,
      evidence: evidence({
        sprintIds: churning.map((s) => s.id),
        issueKeys: additions.map((a) => a.issueKey),
        people: adders.map(([id]) => id).filter((id): id is string => id !== null),
        dates: additions.map((a) => a.at),
      }),
      question: 'How might new requests reach the Product Owner for a later sprint, so the current sprint can stay focused?',
      rule: `scope churn above ${percent(churnAbove)} in ${inSprints} of the last ${ofLast} closed sprints (critical when in all ${ofLast})`,
    },
  };
});
