/** The backlog signal rules (area 'backlog', role PO), one file per rule. */
import type { SignalRule } from '../rule';
import { thinReadyRunway } from './thin-ready-runway';
import { overRefinedBacklog } from './over-refined-backlog';
import { churningPriorities } from './churning-priorities';
import { frozenBacklog } from './frozen-backlog';
import { committeeOrdering } from './committee-ordering';
import { separateTechPool } from './separate-tech-pool';

export const backlogRules: SignalRule[] = [
  thinReadyRunway,
  overRefinedBacklog,
  churningPriorities,
  frozenBacklog,
  committeeOrdering,
  separateTechPool,
];
