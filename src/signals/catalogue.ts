/**
 * The signal catalogue: every signal's rule (src/signals/<id>/evaluate.ts), in the order of the
 * declarations (declarations.ts), and their evaluation into fired and silent signals, most severe
 * first, then by area (backlog, roles, sprints), then by id. The one list to add a signal's rule to.
 */
import type { Signal, SilentSignal } from '../domain/types';
import { bySeverity } from '../vocabulary';
import { compareText } from '../analysis/history/parse';
import type { SignalContext, SignalRule } from './rule';
import { SIGNAL_DECLARATIONS, type SignalsByKey } from './declarations';
import { NOT_A_SPRINT_BOARD } from './helpers';
import { thresholdKey } from './declare';
import { unfinishedSprintsRule } from './unfinished-sprints/evaluate';
import { chronicCarryOverRule } from './chronic-carry-over/evaluate';
import { unprotectedSprintRule } from './unprotected-sprint/evaluate';
import { missingSprintGoalRule } from './missing-sprint-goal/evaluate';
import { timeboxDriftRule } from './timebox-drift/evaluate';
import { lingeringImpedimentsRule } from './lingering-impediments/evaluate';
import { doneReopenedRule } from './done-reopened/evaluate';
import { poAssignsWorkRule } from './po-assigns-work/evaluate';
import { smOrdersBacklogRule } from './sm-orders-backlog/evaluate';
import { onePersonTwoRolesRule } from './one-person-two-roles/evaluate';
import { absentPoRule } from './absent-po/evaluate';
import { thinReadyRunwayRule } from './thin-ready-runway/evaluate';
import { overRefinedBacklogRule } from './over-refined-backlog/evaluate';
import { churningPrioritiesRule } from './churning-priorities/evaluate';
import { frozenBacklogRule } from './frozen-backlog/evaluate';
import { committeeOrderingRule } from './committee-ordering/evaluate';
import { separateTechPoolRule } from './separate-tech-pool/evaluate';
import { ageingWipRule } from './ageing-wip/evaluate';
import { wipGrowingRule } from './wip-growing/evaluate';
import { finishedWithoutStartRule } from './finished-without-start/evaluate';

/**
 * Each signal's rule by its key (its id in camel case). The type asks for exactly one rule per
 * declaration, so a signal declared without a rule (or a rule without a declaration) does not compile.
 */
const RULES: { readonly [K in keyof SignalsByKey]: SignalRule } = {
  unfinishedSprints: unfinishedSprintsRule,
  chronicCarryOver: chronicCarryOverRule,
  unprotectedSprint: unprotectedSprintRule,
  missingSprintGoal: missingSprintGoalRule,
  timeboxDrift: timeboxDriftRule,
  lingeringImpediments: lingeringImpedimentsRule,
  doneReopened: doneReopenedRule,
  poAssignsWork: poAssignsWorkRule,
  smOrdersBacklog: smOrdersBacklogRule,
  onePersonTwoRoles: onePersonTwoRolesRule,
  absentPo: absentPoRule,
  thinReadyRunway: thinReadyRunwayRule,
  overRefinedBacklog: overRefinedBacklogRule,
  churningPriorities: churningPrioritiesRule,
  frozenBacklog: frozenBacklogRule,
  committeeOrdering: committeeOrderingRule,
  separateTechPool: separateTechPoolRule,
  ageingWip: ageingWipRule,
  wipGrowing: wipGrowingRule,
  finishedWithoutStart: finishedWithoutStartRule,
};

/** Every rule, in the order of the declarations. */
export const allRules: readonly SignalRule[] = SIGNAL_DECLARATIONS.map((signal) => RULES[thresholdKey(signal.id)]);

export function compareSignals(a: Signal, b: Signal): number {
  return bySeverity(a, b) || compareText(a.area, b.area) || compareText(a.id, b.id);
}

/** What became of each rule: fired, silent (applies, could not be checked), not applicable, or switched off. */
export interface EvaluatedSignals {
  signals: Signal[];
  silent: SilentSignal[];
  notApplicable: SilentSignal[];
  /** Ids of the signals the settings switch off, in the catalogue's order. */
  switchedOff: string[];
}

/**
 * Runs every rule but those the settings switch off (not evaluated at all) and, on a board without
 * sprints, the sprint signals (area `sprints`), which do not apply to it. A rule that throws (a bug,
 * or data it did not expect) does not take the report down: it is listed as silent with the reason,
 * so the rest of the report still shows.
 */
export function evaluateSignals(ctx: SignalContext, rules: readonly SignalRule[] = allRules): EvaluatedSignals {
  const signals: Signal[] = [];
  const silent: SilentSignal[] = [];
  const notApplicable: SilentSignal[] = [];
  const switchedOff: string[] = [];
  const off = new Set<string>(ctx.settings.switchedOffSignals);
  for (const rule of rules) {
    const { id, area } = rule.declaration;
    if (off.has(id)) {
      switchedOff.push(id);
      continue;
    }
    if (area === 'sprints' && !ctx.runsSprints) {
      notApplicable.push({ id, reason: NOT_A_SPRINT_BOARD });
      continue;
    }
    try {
      const outcome = rule.evaluate(ctx);
      if ('fired' in outcome) signals.push(outcome.fired);
      else if ('silent' in outcome) silent.push({ id: rule.declaration.id, reason: outcome.silent });
    } catch (error) {
      silent.push({ id: rule.declaration.id, reason: `This rule could not be evaluated on this data (${error instanceof Error ? error.message : String(error)}).` });
    }
  }
  return { signals: signals.sort(compareSignals), silent, notApplicable, switchedOff };
}
