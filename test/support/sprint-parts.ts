/**
 * The parts of a hand-made report's sprints that tests about something else leave at rest: a
 * sprint replayed from Jira's history with nothing recorded, no per-issue report, no hygiene note;
 * a running sprint with nothing in it yet; velocity over no sprint.
 */
import type { RunningSprint, SprintFigures, SprintRecord, Velocity } from '../../src/domain/report';

export function replayedRecord(): SprintRecord {
  return {
    commitment: 'replayed',
    close: 'replayed',
    startRecordedAt: null,
    closeRecordedAt: null,
    note: 'Replayed from Jira’s history, as no record of it was made from Jira’s sprint events.',
    replayed: null,
    differences: [],
    changes: [],
  };
}

/** record, issues and hygiene of a closed sprint that was replayed. */
export function replayedExtras(): Pick<SprintFigures, 'record' | 'issues' | 'hygiene'> {
  return { record: replayedRecord(), issues: null, hygiene: [] };
}

export function quietRunning(): RunningSprint {
  const none = () => ({ issues: [], points: null });
  return {
    record: replayedRecord(),
    unit: 'issues',
    committed: none(),
    added: none(),
    removed: none(),
    done: none(),
    notDone: none(),
    doneBeforeStart: none(),
    elapsed: null,
    workingDaysLeft: null,
    burnup: [],
    atRisk: [],
    issues: [],
    hygiene: [],
  };
}

export function noVelocity(): Velocity {
  return { unit: 'points', sprints: [], averageCompleted: null };
}
