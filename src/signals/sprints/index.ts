/** The sprint signal rules (area 'sprints'), one file per rule. */
import type { SignalRule } from '../rule';
import { unfinishedSprints } from './unfinished-sprints';
import { chronicCarryOver } from './chronic-carry-over';
import { unprotectedSprint } from './unprotected-sprint';
import { missingSprintGoal } from './missing-sprint-goal';
import { timeboxDrift } from './timebox-drift';
import { lingeringImpediments } from './lingering-impediments';
import { doneReopened } from './done-reopened';

export const sprintRules: SignalRule[] = [unfinishedSprints, chronicCarryOver, unprotectedSprint, missingSprintGoal, timeboxDrift, lingeringImpediments, doneReopened];
