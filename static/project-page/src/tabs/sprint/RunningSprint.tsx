/**
 * The running sprint, as a Scrum Master looks at it during the sprint (docs/metrics.md, "The running
 * sprint"): its goal and whether it changed, the scope so far and the work done, the burnup against
 * the time left, the items at risk, how its figures were made, each issue, and what bends them.
 */
import type { Report, SprintSection } from '../../../../../src/domain/report';
import { riskReasons, runningFigures } from '../../../../../src/report/format/sprint-detail';
import { day, sprintNamer } from '../../../../../src/vocabulary';
import { FigureCards } from '../../../../shared/figures';
import { IssueKey } from '../../../../shared/ui';
import { Burnup } from './Burnup';
import { Hygiene } from './Hygiene';
import { RecordNote } from './RecordNote';
import { SprintIssues } from './SprintIssues';

function goalLine(active: NonNullable<SprintSection['active']>): string {
  const now = active.goal ?? 'none set';
  if (active.goalChangedAfterStart === true) return `Goal: ${now} (changed since the start, which had: ${active.goalAtStart.goal ?? 'no goal'}).`;
  return `Goal: ${now}.`;
}

export function RunningSprint({ section, report }: { section: SprintSection; report: Report }) {
  const active = section.active;
  if (!active) return <p data-testid="no-running-sprint">No sprint is running now. Future sprints planned: {section.futureCount}.</p>;
  const { running } = active;
  const sprintName = sprintNamer(report);
  return (
    <section aria-labelledby="running-heading" className="stack" data-testid="running-sprint">
      <h2 className="section" id="running-heading">
        Running now: {active.name}
      </h2>
      <p>
        {day(active.startDate)} to {day(active.endDate)}. {goalLine(active)} Future sprints planned: {section.futureCount}.
      </p>
      <FigureCards figures={runningFigures(running)} />
      <RecordNote record={running.record} report={report} testId="running-record" />
      <Burnup running={running} endDate={active.endDate} />
      <section aria-label="Items at risk" data-testid="at-risk">
        <h3 className="subsection">At risk</h3>
        {running.atRisk.length === 0 ? (
          <p className="muted">No open item is flagged, late to start or carried over from an earlier sprint.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Issue</th>
                <th>Summary</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {running.atRisk.map((item) => (
                <tr key={item.issueKey}>
                  <td>
                    <IssueKey issueKey={item.issueKey} />
                  </td>
                  <td>{item.summary}</td>
                  <td>{riskReasons(item, sprintName)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <details>
        <summary>Each issue of {active.name}</summary>
        <SprintIssues
          rows={running.issues}
          groups={{ committed: running.committed, added: running.added, removed: running.removed, completed: running.done, notCompleted: running.notDone, doneBeforeStart: running.doneBeforeStart }}
          report={report}
          sprintName={active.name}
          running
        />
      </details>
      <Hygiene notes={running.hygiene} testId="running-hygiene" />
    </section>
  );
}
