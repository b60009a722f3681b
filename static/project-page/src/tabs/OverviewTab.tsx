/** Overview: the health score, what it lost points for, and every signal with its evidence and question. */
import type { Report } from '../../../../src/domain/report';
import type { Signal } from '../../../../src/domain/types';
import { AREA_NAME, FIGURE, bySeverity, day, listInWords, personName, plural, rolesInWords, scoreValue, sprintNamer } from '../../../../src/vocabulary';
import { signalName } from '../../../shared/signal-labels';
import { IssueKeys, Notice, SeverityLozenge, TrafficLightLozenge } from '../../../shared/ui';
import { AskTheCoach } from '../../../shared/coach';

export function OverviewTab({ report }: { report: Report }) {
  const { score } = report;
  const signals = [...report.signals].sort(bySeverity);
  const titleOf = (id: string) => report.signals.find((signal) => signal.id === id)?.title ?? signalName(id);
  return (
    <div className="stack" data-testid="overview">
      <section aria-labelledby="score-heading">
        <h2 className="section" id="score-heading">
          Health score
        </h2>
        <div className="cards">
          <div className="card" data-testid="score-total">
            <div className="figure">{scoreValue(score.total)}</div>
            <div className="muted">{FIGURE.healthScore}</div>
            <div className="muted">{score.total === null ? 'No signal could be checked.' : 'Out of 100.'}</div>
            <TrafficLightLozenge light={score.trafficLight} />
          </div>
          {(['backlog', 'sprints', 'roles'] as const).map((area) => (
            <div className="card" key={area} data-testid={`score-${area}`}>
              <div className="figure">{scoreValue(score[area])}</div>
              <div className="muted">{AREA_NAME[area]} score</div>
              {score[area] === null ? <div className="muted">None of its signals could be checked.</div> : null}
            </div>
          ))}
        </div>
        {score.notChecked.length > 0 ? (
          <p data-testid="score-not-checked">
            The score counts only the signals that could be checked. {plural(score.notChecked.length, 'signal')} could not be; each is
            listed with the reason under "Signals that could not be checked" below.
          </p>
        ) : null}
        {score.deductions.length > 0 ? (
          <table className="data" aria-label="Points lost, by signal">
            <thead>
              <tr>
                <th>Signal</th>
                <th>Area</th>
                <th>Severity</th>
                <th className="num">Points lost</th>
              </tr>
            </thead>
            <tbody>
              {score.deductions.map((deduction) => (
                <tr key={`${deduction.signalId}-${deduction.area}`}>
                  <td>{titleOf(deduction.signalId)}</td>
                  <td>{AREA_NAME[deduction.area]}</td>
                  <td>
                    <SeverityLozenge severity={deduction.severity} />
                  </td>
                  <td className="num">{deduction.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : score.total !== null ? (
          <p>No signal costs points: the score is the full 100 over what could be checked.</p>
        ) : null}
      </section>

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

      {report.silentSignals.length > 0 ? (
        <section aria-labelledby="silent-heading">
          <h2 className="section" id="silent-heading">
            Signals that could not be checked
          </h2>
          <ul>
            {report.silentSignals.map((silent) => (
              <li key={silent.id} data-silent-id={silent.id}>
                <strong>{signalName(silent.id)}</strong>: {silent.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

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
