/**
 * The words of the issue view: what to do about each Definition-of-Ready check an item fails, and
 * how an item went through a sprint. The names of the checks themselves are in names.ts.
 */
import type { DorCheck } from '../domain/report';
import { points } from './units';

/** Where the Definition of Ready looks, for the advice (the settings say). */
export interface ReadinessRules {
  /** The largest estimate an item may have, in points; null when the size is not checked. */
  sizeLimitPoints: number | null;
  acceptanceCriteriaIn: 'field' | 'description';
}

/** What would make an item pass a check it fails, as a next step the team can take. */
export function readinessAdvice(check: DorCheck, rules: ReadinessRules): string {
  switch (check) {
    case 'estimated':
      return 'Estimate it with the team, so its size is known before it is planned.';
    case 'description':
      return 'Describe what it is for and who it helps, so everyone reads it the same way.';
    case 'acceptanceCriteria':
      return rules.acceptanceCriteriaIn === 'field'
        ? "Write its acceptance criteria in the project's acceptance criteria field: how the team will know it is done."
        : 'Add acceptance criteria to its description, under a heading such as "Acceptance criteria": how the team will know it is done.';
    case 'notBlocked':
      return 'Resolve the items that block it first, or talk with their owners about the order.';
    case 'notFlagged':
      return 'Talk about what the flag stands for, and clear it once the impediment is gone.';
    case 'smallEnough':
      return rules.sizeLimitPoints === null
        ? 'Split it into smaller items that each deliver something.'
        : `Split it into smaller items that each deliver something: the Definition of Ready allows at most ${points(rules.sizeLimitPoints)}.`;
  }
}

/** How an item came into a closed sprint. */
export const SPRINT_JOINED: Readonly<Record<'committed' | 'added' | 'done-before-start', string>> = {
  committed: 'in it from the start',
  added: 'added after the start',
  'done-before-start': 'already done when it started',
};

/** What became of an item in a closed sprint by its close. */
export const SPRINT_OUTCOME: Readonly<Record<'completed' | 'not-completed' | 'removed' | 'done-before-start', string>> = {
  completed: 'completed',
  'not-completed': 'not completed, carried on',
  removed: 'taken out before the end',
  'done-before-start': 'not counted',
};
