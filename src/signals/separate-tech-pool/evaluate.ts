/**
 * separate-tech-pool: technical work is kept apart from the rest instead of ordered with it.
 * Fires (warning) when, with at least minTechnicalItems (10) technical items in the backlog, the
 * interleaving is below interleavingBelow (0.2: parked at the bottom) or above interleavingAbove
 * (0.8: walled off at the top); or when a fixed quota is detected in the completed work.
 * Critical when both happen, or when interleaving is twice as far past its threshold
 * (below 0.1, or above 0.9 with the defaults).
 * Silent only without backlog figures; with too few technical items and no quota it is quiet.
 */
import { decimal, percent } from '../../vocabulary';
import { defineRule } from '../rule';
import { NO_BACKLOG, evidence } from '../helpers';
import { separateTechPool } from './declaration';

export const separateTechPoolRule = defineRule(separateTechPool, (ctx, t) => {
  const backlog = ctx.backlog;
  if (backlog === null) return { silent: NO_BACKLOG };
  const { interleaving, technicalCount, functionalCount, quota } = backlog.technical;
  const enough = technicalCount >= t.minTechnicalItems && interleaving !== null;
  const low = enough && (interleaving as number) < t.interleavingBelow;
  const high = enough && (interleaving as number) > t.interleavingAbove;
  if (!low && !high && !quota.detected) return { quiet: true };

  const far =
    enough &&
    ((interleaving as number) < t.interleavingBelow / 2 || (interleaving as number) > 1 - (1 - t.interleavingAbove) / 2);
  const critical = far || ((low || high) && quota.detected);
  const parts: string[] = [];
  if (low || high) {
    parts.push(
      `A technical item ranks above a functional one ${percent(interleaving)} of the time ` +
        `(${technicalCount} technical, ${functionalCount} functional items; about 50% would mean they are ordered together), ` +
        `so technical work sits mostly at the ${low ? 'bottom' : 'top'} of the backlog.`,
    );
  }
  if (quota.detected) {
    const recent = quota.shares.slice(-t.quotaMinSprints);
    parts.push(
      `In the last ${recent.length} sprints technical work made up ${recent.map((s) => percent(s.share ?? 0)).join(', ')} ` +
        `of the completed work, close to a fixed share${quota.mean === null ? '' : ` of about ${percent(quota.mean)}`}.`,
    );
  }
  const technicalKeys = backlog.strip.filter((item) => item.technical).map((item) => item.key);
  return {
    fired: {
      severity: critical ? 'critical' : 'warning',
      observation: parts.join(' '),
      evidence: evidence({ issueKeys: technicalKeys, sprintIds: quota.detected ? quota.shares.slice(-t.quotaMinSprints).map((s) => s.sprintId) : [] }),
      question: 'How might technical items be ordered alongside the features, by the difference they make to customers and the business?',
      rule:
        `with ${t.minTechnicalItems} or more technical items, interleaving below ${decimal(t.interleavingBelow)} or above ${decimal(t.interleavingAbove)}; ` +
        `or a technical share of completed work within ${percent(t.quotaMaxSpread)} of one round figure for ${t.quotaMinSprints} sprints ` +
        `(critical when both, or interleaving below ${decimal(t.interleavingBelow / 2)} or above ${decimal(1 - (1 - t.interleavingAbove) / 2)})`,
    },
  };
});
