/** Sprints tab: each closed sprint's goal at its start, whether it changed, and its timebox. */
import type { SprintSection } from '../../../../src/domain/report';
import { MISSING, day, lateness } from '../../../../src/vocabulary';

type GoalAtStart = SprintSection['closed'][number]['goalAtStart'];

/**
 * How the goals at the start are known, said once above the table (Jira keeps no history of goals:
 * the app notes them itself). `marked`: the rows must say how each goal is known, because they
 * differ; on a board the app first read after all its sprints had started, one sentence says it.
 */
function goalsKnowledge(goals: GoalAtStart[]): { note: string | null; marked: boolean } {
  const unseen = goals.filter((goal) => goal.source !== 'observed');
  if (unseen.length === 0) return { note: null, marked: false };
  const intro = 'Jira keeps no history of sprint goals, so the app notes each sprint\'s goal whenever it reads the board.';
  const days = new Set(unseen.map((goal) => (goal.source === 'later' ? day(goal.observedAt) : null)));
  const firstDay = [...days][0];
  if (unseen.length === goals.length && days.size === 1 && firstDay !== null) {
    return { note: `${intro} It first read this board on ${firstDay}, after these sprints had started, so their goals are shown as they stood that day.`, marked: false };
  }
  return { note: `${intro} Where a sprint had already started when the app first saw it, its goal is shown as seen on that day, or as it is now.`, marked: true };
}

function GoalCell({ goal, marked }: { goal: GoalAtStart; marked: boolean }) {
  const text = goal.goal ?? <span className="muted">no goal</span>;
  if (!marked || goal.source === 'observed') return <>{text}</>;
  return (
    <>
      {text} <span className="muted">({goal.source === 'later' ? `seen ${day(goal.observedAt)}` : 'as it is now'})</span>
    </>
  );
}

function changedWord(changed: boolean | null): string {
  if (changed === null) return 'not known';
  return changed ? 'yes' : 'no';
}

export function GoalsAndTimebox({ section }: { section: SprintSection }) {
  const { note, marked } = goalsKnowledge(section.closed.map((sprint) => sprint.goalAtStart));
  // Whether a goal changed is known only for sprints the app saw by their start: no column of "not known".
  const changesKnown = section.closed.some((sprint) => sprint.goalChangedAfterStart !== null);
  return (
    <section aria-labelledby="goals-heading">
      <h2 className="section" id="goals-heading">
        Goals and timebox
      </h2>
      {note ? (
        <p className="muted" data-testid="goals-note">
          {note}
          {changesKnown ? '' : ' Whether a goal changed after its sprint started shows for the sprints the app sees from their start on.'}
        </p>
      ) : null}
      <table className="data" data-testid="goals">
        <thead>
          <tr>
            <th>Sprint</th>
            <th>Goal at the start</th>
            {changesKnown ? <th>Changed after the start</th> : null}
            <th className="num">Planned working days</th>
            <th>Against the planned end</th>
            <th className="num">Impediments</th>
          </tr>
        </thead>
        <tbody>
          {[...section.closed].reverse().map((sprint) => (
            <tr key={sprint.id}>
              <td>{sprint.name}</td>
              <td>
                <GoalCell goal={sprint.goalAtStart} marked={marked} />
              </td>
              {changesKnown ? <td>{changedWord(sprint.goalChangedAfterStart)}</td> : null}
              <td className="num">{sprint.plannedWorkingDays ?? MISSING}</td>
              <td>{lateness(sprint.lateWorkingDays)}</td>
              <td className="num">{sprint.impediments.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
