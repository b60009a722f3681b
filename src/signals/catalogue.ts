/**
 * The signal catalogue: every rule, and their evaluation into fired and silent signals,
 * most severe first, then by area (backlog, roles, sprints), then by id.
 */
import type { Signal, SilentSignal } from '../domain/types';
import type { SignalContext, SignalRule } from './rule';
import { backlogRules } from './backlog/index';
import { sprintRules } from './sprints/index';
import { roleRules } from './roles/index';

export const allRules: SignalRule[] = [...sprintRules, ...roleRules, ...backlogRules];

const SEVERITY_ORDER: Record<Signal['severity'], number> = { critical: 0, warning: 1, info: 2 };

export function compareSignals(a: Signal, b: Signal): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Runs every rule. A rule that throws (a bug, or data it did not expect) does not take the report
 * down: it is listed as silent with the reason, so the rest of the report still shows.
 */
export function evaluateSignals(ctx: SignalContext, rules: readonly SignalRule[] = allRules): { signals: Signal[]; silent: SilentSignal[] } {
  const signals: Signal[] = [];
  const silent: SilentSignal[] = [];
  for (const rule of rules) {
    try {
      const outcome = rule.evaluate(ctx);
      if ('fired' in outcome) signals.push(outcome.fired);
      else if ('silent' in outcome) silent.push({ id: rule.id, reason: outcome.silent });
    } catch (error) {
      silent.push({ id: rule.id, reason: `This rule could not be evaluated on this data (${error instanceof Error ? error.message : String(error)}).` });
    }
  }
  return { signals: signals.sort(compareSignals), silent };
}
