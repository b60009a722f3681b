/**
 * The gadget: each project its configuration names that the viewer may browse, side by side, as the
 * portfolio shows it: score and traffic light, the reliability trend, the most severe signals.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PortfolioRow, ResolverDefs } from '../../../src/shared/api';
import { AREA_NAME, NOT_ASSESSED, NOT_ENOUGH_DATA, dateTime, plural, scoreWithGaps } from '../../../src/vocabulary';
import { callResolver } from '../../shared/api';
import { EmptyNotice, ErrorState, LoadingState, ProjectPageLink, SeverityLozenge, TrafficLightLozenge } from '../../shared/ui';
import { Sparkline } from '../../portfolio/src/Sparkline';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; answer: ResolverDefs['getGadget']['result'] };

export function GadgetView() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(() => {
    callResolver('getGadget', {}).then(
      (answer) => setState({ kind: 'ready', answer }),
      (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  useEffect(load, [load]);

  if (state.kind === 'loading') return <LoadingState label="Loading the projects' health" />;
  if (state.kind === 'error') return <ErrorState title="The gadget could not be loaded" message={state.message} onRetry={load} />;
  const { configured, rows, hidden } = state.answer;
  if (!configured) {
    return (
      <EmptyNotice header="Choose the projects to show" testId="gadget-not-configured">
        <p>This gadget shows the health of up to 6 projects. Open its settings (Edit in the gadget&apos;s menu) to choose them.</p>
      </EmptyNotice>
    );
  }
  return (
    <main className="stack" data-testid="gadget" aria-label="Backlog health of the chosen projects">
      {rows.length === 0 ? <p data-testid="gadget-nothing">None of the projects chosen for this gadget is one you may browse, so there is nothing to show you.</p> : null}
      <div className="gadget-rows">
        {rows.map((row) => (
          <ProjectCard key={row.projectKey} row={row} />
        ))}
      </div>
      {hidden > 0 && rows.length > 0 ? (
        <p className="muted" data-testid="gadget-hidden">
          {plural(hidden, 'more project')} chosen for this gadget {hidden === 1 ? 'is' : 'are'} not shown to you.
        </p>
      ) : null}
    </main>
  );
}

function ProjectCard({ row }: { row: PortfolioRow }) {
  const analysed = row.computedAt !== null;
  return (
    <article className="card gadget-card" data-project={row.projectKey} aria-labelledby={`gadget-${row.projectKey}`}>
      <h2 id={`gadget-${row.projectKey}`}>
        <ProjectPageLink projectKey={row.projectKey} projectName={row.projectName} />
      </h2>
      {analysed ? (
        <>
          <div className="row">
            <span className="figure" data-testid="gadget-score">
              {scoreWithGaps(row.score, [], row.provisional)}
            </span>
            <TrafficLightLozenge light={row.trafficLight} none={row.provisional ? NOT_ENOUGH_DATA : 'No score'} />
          </div>
          {row.score !== null && row.notAssessed.length > 0 ? (
            <p className="muted">
              {row.notAssessed.map((area) => AREA_NAME[area]).join(' and ')} {NOT_ASSESSED}
            </p>
          ) : null}
          <Sparkline values={row.reliabilityTrend} label={`Commitment reliability of ${row.projectKey}, last closed sprints`} />
          {row.topSignals.length === 0 ? (
            <p>No signal fires.</p>
          ) : (
            <ul className="plain" aria-label="Most severe signals">
              {row.topSignals.map((signal) => (
                <li key={signal.id}>
                  <SeverityLozenge severity={signal.severity} /> {signal.title}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">Computed {dateTime(row.computedAt)}</p>
        </>
      ) : (
        <p className="muted">Not analysed yet: its first figures come with the next nightly run, or when someone opens its Backlog health page.</p>
      )}
    </article>
  );
}
