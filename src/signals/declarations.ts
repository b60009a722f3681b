/**
 * The registry of signal declarations: every signal of the catalogue, in the catalogue's order
 * (sprints, roles, backlog, flow). Plain data that the pages may import. Derived from it: the settings'
 * thresholds (their type here; defaults and JSON Schema through thresholds.ts), the pages' names
 * and threshold labels (static/shared/signal-labels.ts), the demo's signal lists and the catalogue's
 * order (catalogue.ts, which pairs each declaration with its rule).
 */
import { type CamelCase, type ThresholdValues, thresholdKey } from './declare';
import { unfinishedSprints } from './unfinished-sprints/declaration';
import { chronicCarryOver } from './chronic-carry-over/declaration';
import { unprotectedSprint } from './unprotected-sprint/declaration';
import { missingSprintGoal } from './missing-sprint-goal/declaration';
import { timeboxDrift } from './timebox-drift/declaration';
import { lingeringImpediments } from './lingering-impediments/declaration';
import { doneReopened } from './done-reopened/declaration';
import { poAssignsWork } from './po-assigns-work/declaration';
import { smOrdersBacklog } from './sm-orders-backlog/declaration';
import { onePersonTwoRoles } from './one-person-two-roles/declaration';
import { absentPo } from './absent-po/declaration';
import { thinReadyRunway } from './thin-ready-runway/declaration';
import { overRefinedBacklog } from './over-refined-backlog/declaration';
import { churningPriorities } from './churning-priorities/declaration';
import { frozenBacklog } from './frozen-backlog/declaration';
import { committeeOrdering } from './committee-ordering/declaration';
import { separateTechPool } from './separate-tech-pool/declaration';
import { ageingWip } from './ageing-wip/declaration';
import { wipGrowing } from './wip-growing/declaration';
import { finishedWithoutStart } from './finished-without-start/declaration';

export const SIGNAL_DECLARATIONS = [
  unfinishedSprints, chronicCarryOver, unprotectedSprint, missingSprintGoal, timeboxDrift, lingeringImpediments, doneReopened,
  poAssignsWork, smOrdersBacklog, onePersonTwoRoles, absentPo,
  thinReadyRunway, overRefinedBacklog, churningPriorities, frozenBacklog, committeeOrdering, separateTechPool,
  ageingWip, wipGrowing, finishedWithoutStart,
] as const;

type Declared = (typeof SIGNAL_DECLARATIONS)[number];

/** The name people read for a signal id; an id the catalogue does not know is shown as it is. */
export function signalNameOf(id: string): string {
  return SIGNAL_DECLARATIONS.find((signal) => signal.id === id)?.name ?? id;
}

/** A signal id of the catalogue, e.g. the id of `SIGNAL.thinReadyRunway`. */
export type SignalId = Declared['id'];

/** Each declaration by its id in camel case: `SIGNAL.thinReadyRunway.id`. (Marked pure: a page that does not use it drops it.) */
export type SignalsByKey = { [D in Declared as CamelCase<D['id']>]: D };
export const SIGNAL = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ SIGNAL_DECLARATIONS.map((d) => [thresholdKey(d.id), d])) as SignalsByKey;

/** The thresholds of the settings: one group per signal that has thresholds, keyed by its id in camel case. */
export type Thresholds = { [D in Declared as keyof D['thresholds'] extends never ? never : CamelCase<D['id']>]: ThresholdValues<D> };
