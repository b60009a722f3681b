/**
 * The parts of the issue view's answer, each a short section: readiness (what is missing and how to
 * fix it), place in the backlog and re-ranks, sprints and carry-over, flagged spells, and the signals
 * that name the issue. Words come from src/vocabulary; nothing is computed here.
 */
import type { DorCheck } from '../../../src/domain/report';
import { FAILED_CHECK, SPRINT_JOINED, SPRINT_OUTCOME, day, listInWords, plural, readinessAdvice } from '../../../src/vocabulary';
import { AskTheCoach } from '../../shared/coach';
import { SeverityLozenge } from '../../shared/ui';
import type { IssueContext } from './useIssueContext';

export function IssueSections({ answer }: { answer: IssueContext }) {
  return (
    <>
      <Readiness answer={answer} />
      <Place answer={answer} />
      <Sprints answer={answer} />
      <Flagged answer={answer} />
      <Signals answer={answer} />
    </>
  );
}

/** "No estimate" for the heading of a failed check. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function Readiness({ answer }: { answer: IssueContext }) {
  const { place, readiness } = answer;
  if (!place) return null;
  let body;
  if (place.kind === 'sprint') body = <p>Already in a sprint: readiness is checked for backlog items only.</p>;
  else if (place.kind === 'elsewhere') body = <p>Not in the backlog the app checks, so its readiness is not checked.</p>;
  else if (place.failedChecks.length === 0) body = <p>It meets the Definition of Ready.</p>;
  else {
    body = (
      <ul data-testid="failed-checks">
        {place.failedChecks.map((check: DorCheck) => (
          <li key={check} data-check={check}>
            <span className="check-name">{capitalised(FAILED_CHECK[check])}.</span> {readiness ? readinessAdvice(check, readiness) : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section aria-labelledby="readiness-heading" data-testid="readiness">
      <h2 id="readiness-heading">Ready for a sprint?</h2>
      {body}
    </section>
  );
}

function Place({ answer }: { answer: IssueContext }) {
  const { place, reranks } = answer;
  if (!place) return null;
  let where;
  if (place.kind === 'backlog') {
    const near = place.position <= place.nearTermCount;
    where = (
      <p data-testid="position">
        {place.position} of {plural(place.size, 'item')} in the backlog, {near ? 'inside' : 'below'} the near-term horizon (the top {plural(place.nearTermCount, 'item')}, the
        work of the next sprints).
      </p>
    );
  } else if (place.kind === 'sprint') where = <p data-testid="position">In the running sprint, {place.sprintName}.</p>;
  else {
    const deeper = place.backlogSize > place.kept ? ` or further down than its first ${plural(place.kept, 'item')}` : '';
    where = <p data-testid="position">Not in the backlog of this board: done, a sub-task or an epic, on another board{deeper}.</p>;
  }
  const changes = reranks?.changes ?? [];
  const byPerson = new Map<string, number>();
  for (const change of changes) byPerson.set(change.by, (byPerson.get(change.by) ?? 0) + 1);
  const people = [...byPerson.entries()].map(([name, n]) => `${name} (${n})`);
  return (
    <section aria-labelledby="place-heading">
      <h2 id="place-heading">Where it is</h2>
      {where}
      {reranks ? (
        <p data-testid="reranks">
          {changes.length === 0
            ? `Not re-ranked in the last ${reranks.windowDays} days.`
            : `Re-ranked ${plural(changes.length, 'time')} in the last ${reranks.windowDays} days, by ${listInWords(people)}; last on ${day(changes[changes.length - 1].at)}.`}
        </p>
      ) : null}
    </section>
  );
}

function Sprints({ answer }: { answer: IssueContext }) {
  const { sprints, carryOver } = answer;
  return (
    <section aria-labelledby="sprints-heading">
      <h2 id="sprints-heading">Sprints</h2>
      {sprints.length === 0 ? (
        <p>Not in any closed sprint of this board.</p>
      ) : (
        <ul data-testid="sprint-history">
          {sprints.map((pass) => (
            <li key={pass.sprintId}>
              {pass.name}: {SPRINT_JOINED[pass.joined]}, {SPRINT_OUTCOME[pass.outcome]}.
            </li>
          ))}
        </ul>
      )}
      {carryOver ? (
        <p data-testid="carry-over">
          Left unfinished in {plural(carryOver.sprintNames.length, 'sprint')} in a row ({listInWords(carryOver.sprintNames)}); {carryOver.done ? 'done since.' : 'not done yet.'}
        </p>
      ) : null}
    </section>
  );
}

function Flagged({ answer }: { answer: IssueContext }) {
  const { flagged } = answer;
  if (!flagged) return null;
  return (
    <section aria-labelledby="flagged-heading">
      <h2 id="flagged-heading">Flagged</h2>
      {flagged.spells.length === 0 ? (
        <p>Not flagged in the last {flagged.windowDays} days.</p>
      ) : (
        <ul data-testid="flagged-spells">
          {flagged.spells.map((spell) => (
            <li key={spell.from}>{spell.to ? `From ${day(spell.from)} to ${day(spell.to)}.` : `Since ${day(spell.from)}, still flagged.`}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Signals({ answer }: { answer: IssueContext }) {
  return (
    <section aria-labelledby="signals-heading" data-testid="issue-signals">
      <h2 id="signals-heading">Signals that name it</h2>
      {answer.signals.length === 0 ? <p>No signal names this issue.</p> : null}
      <div className="stack">
        {answer.signals.map((signal) => (
          <article key={signal.id} className={`card signal ${signal.severity}`} data-signal-id={signal.id} aria-labelledby={`issue-signal-${signal.id}`}>
            <div className="row spread">
              <h3 id={`issue-signal-${signal.id}`}>{signal.title}</h3>
              <SeverityLozenge severity={signal.severity} />
            </div>
            <p>{signal.observation}</p>
            <p>
              <strong>A question for the team:</strong> {signal.question}
            </p>
            <AskTheCoach projectKey={answer.projectKey} signalTitle={signal.title} />
          </article>
        ))}
      </div>
    </section>
  );
}
