/**
 * Overview: the health score and how it is worked out, what changed since the last refresh and the
 * score over time, every signal with its evidence and question, and the signals not evaluated.
 */
import type { Report } from '../../../../src/domain/report';
import type { Signal } from '../../../../src/domain/types';
import {
  NOT_APPLICABLE_HEADING,
  NOT_CHECKED_HEADING,
  SWITCHED_OFF_HEADING,
  bySeverity,
  day,
  listInWords,
  personName,
  rolesInWords,
  sprintNamer,
} from '../../../../src/vocabulary';
import { signalName } from '../../../shared/signal-labels';
import { IssueKeys, Notice, SeverityLozenge } from '../../../shared/ui';
import { AskTheCoach } from '../../../shared/coach';
import { ScoreHistory } from './ScoreHistory';
import { ScoreSection } from './ScoreSection';

export function OverviewTab({ report }: { report: Report }) {
  const signals = [...report.signals].sort(bySeverity);
  return (
    <div className="stack" data-testid="overview">
      <ScoreSection report={report} />
      <ScoreHistory report={report} />

      <section aria-labelledby="signals-heading">
        <h2 className="section" id="signals-heading">
          Signals ({signals.length})
        </h2>
        {signals.length === 0 ? <p>No signal fires for this project. Nothing here asks for a conversation right now.</p> : null}
        <div className="stack">
          {signals.map((signal) => (
            <SignalCard key={signal.id} signal={signal} report={report} />
          ))}
        </div>
      </section>

      <NotEvaluated id="silent" heading={NOT_CHECKED_HEADING} signals={report.silentSignals} />
      <NotEvaluated id="not-applicable" heading={NOT_APPLICABLE_HEADING} signals={report.notApplicableSignals} />
      <NotEvaluated
        id="switched-off"
        heading={SWITCHED_OFF_HEADING}
        signals={report.score.switchedOff.map((s) => ({ id: s.signalId, reason: 'switched off in the project’s settings' }))}
      />

      {report.dataQuality.length > 0 ? (
        <Notice title={`Data to take with care (${report.dataQuality.length})`} appearance="warning">
          <ul>
            {report.dataQuality.slice(0, 20).map((note, index) => (
              <li key={index}>{note.message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  );
}

function SignalCard({ signal, report }: { signal: Signal; report: Report }) {
  const { evidence } = signal;
  const sprintName = sprintNamer(report);
  return (
    <article className={`card signal ${signal.severity}`} data-signal-id={signal.id} aria-labelledby={`signal-${signal.id}`}>
      <div className="row spread">
        <h3 id={`signal-${signal.id}`}>{signal.title}</h3>
        <div className="row">
          <span className="muted">{rolesInWords(signal.role, signal.alsoFor)}</span>
          <SeverityLozenge severity={signal.severity} />
        </div>
      </div>
      <p>{signal.observation}</p>
      {evidence.issueKeys.length > 0 ? (
        <p>
          Items: <IssueKeys keys={evidence.issueKeys} />
        </p>
      ) : null}
      {evidence.sprintIds.length > 0 ? <p>Sprints: {evidence.sprintIds.map(sprintName).join(', ')}</p> : null}
      {evidence.people.length > 0 ? <p>People: {listInWords(evidence.people.map((id) => personName(report.people, id)))}</p> : null}
      {evidence.dates.length > 0 ? <p>Dates: {evidence.dates.map(day).join(', ')}</p> : null}
      <p>
        <strong>A question for the team:</strong> {signal.question}
      </p>
      <p className="muted">Fires when: {signal.rule}</p>
      <AskTheCoach projectKey={report.project.key} signalTitle={signal.title} />
    </article>
  );
}

/** Signals that were not evaluated, each with why: could not be checked, do not apply, or switched off. */
function NotEvaluated({ id, heading, signals }: { id: string; heading: string; signals: { id: string; reason: string }[] }) {
  if (signals.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`${id}-signals`}>
      <h2 className="section" id={`${id}-heading`}>
        {heading}
      </h2>
      <ul>
        {signals.map((signal) => (
          <li key={signal.id} data-silent-id={signal.id}>
            <strong>{signalName(signal.id)}</strong>: {signal.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
