/**
 * The gadget's edit view: choose up to 6 projects among those Jira lists to you (the portfolio's
 * list), in the order they are ticked. Saving hands the choice to Jira (view.submit), which stores it
 * with the gadget; every viewer of the dashboard then sees those of them they may browse.
 */
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { view } from '@forge/bridge';
import type { PortfolioRow } from '../../../src/shared/api';
import { GADGET_MAX_PROJECTS } from '../../../src/shared/gadget-limit';
import { callResolver } from '../../shared/api';
import { ErrorState, LoadingState } from '../../shared/ui';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rows: PortfolioRow[] };

export function GadgetEdit({ chosen: initial }: { chosen: string[] }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [chosen, setChosen] = useState<string[]>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    callResolver('getPortfolio', {}).then(
      (answer) => setState({ kind: 'ready', rows: answer.rows }),
      (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [attempt]);

  if (state.kind === 'loading') return <LoadingState label="Loading the projects you may browse" />;
  if (state.kind === 'error') return <ErrorState title="The projects could not be listed" message={state.message} onRetry={() => setAttempt((n) => n + 1)} />;

  const toggle = (key: string) => {
    setProblem(null);
    setChosen((current) => (current.includes(key) ? current.filter((k) => k !== key) : [...current, key]));
  };
  const save = async () => {
    if (chosen.length === 0) return setProblem('Choose at least one project.');
    if (chosen.length > GADGET_MAX_PROJECTS) return setProblem(`Choose at most ${GADGET_MAX_PROJECTS} projects: the gadget shows up to ${GADGET_MAX_PROJECTS} side by side.`);
    try {
      await view.submit({ projectKeys: chosen });
    } catch (error) {
      setProblem(`Jira did not keep the choice: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <form
      className="stack"
      data-testid="gadget-edit"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="choices">
        <legend>Projects to show (up to {GADGET_MAX_PROJECTS})</legend>
        {state.rows.length === 0 ? <p>Jira lists no project you may browse.</p> : null}
        {state.rows.map((row) => (
          <label key={row.projectKey}>
            <input type="checkbox" checked={chosen.includes(row.projectKey)} onChange={() => toggle(row.projectKey)} />
            <span>
              {row.projectName} ({row.projectKey}){row.computedAt === null ? <span className="muted"> not analysed yet</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      {problem ? (
        <p className="field-error" role="alert" data-testid="gadget-edit-problem">
          {problem}
        </p>
      ) : null}
      <div className="row">
        <Button type="submit" appearance="primary">
          Save
        </Button>
        <Button onClick={() => void view.close().catch(() => undefined)}>Cancel</Button>
      </div>
    </form>
  );
}
