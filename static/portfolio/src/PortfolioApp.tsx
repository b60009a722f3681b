/** The coach's page: every project the viewer may browse, with sorting, filtering and export. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Textfield from '@atlaskit/textfield';
import type { PortfolioRow } from '../../../src/shared/api';
import { callResolver } from '../../shared/api';
import { HEALTH_WORD, NOT_ENOUGH_DATA, NO_HEALTH_WORD, plural } from '../../../src/vocabulary';
import { download, rowsToCsv, rowsToJson } from '../../shared/exportRows';
import { EmptyNotice, ErrorState, LoadingState } from '../../shared/ui';
import { PortfolioTable } from './PortfolioTable';
import { sortRows, type SortKey } from './sortRows';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rows: PortfolioRow[] };

export function PortfolioApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [sortKey, setSortKey] = useState<SortKey>('score');
  const [ascending, setAscending] = useState(true);
  const [query, setQuery] = useState('');
  const [light, setLight] = useState<'all' | 'green' | 'amber' | 'red' | 'none'>('all');
  const [queued, setQueued] = useState<{ queued: number; left: number } | null>(null);

  // The first load starts in the loading state; a reload says so first (load).
  const fetchRows = useCallback(() => {
    callResolver('getPortfolio', {})
      .then((answer) => setState({ kind: 'ready', rows: answer.rows }))
      .catch((error: Error) => setState({ kind: 'error', message: error.message }));
  }, []);
  useEffect(fetchRows, [fetchRows]);
  const load = () => {
    setState({ kind: 'loading' });
    fetchRows();
  };

  const rows = useMemo(() => (state.kind === 'ready' ? state.rows : []), [state]);
  const shown = useMemo(() => {
    const text = query.trim().toLowerCase();
    const filtered = rows.filter(
      (row) =>
        (text === '' || row.projectKey.toLowerCase().includes(text) || row.projectName.toLowerCase().includes(text)) &&
        (light === 'all' || (light === 'none' ? row.trafficLight === null : row.trafficLight === light)),
    );
    return sortRows(filtered, sortKey, ascending);
  }, [rows, query, light, sortKey, ascending]);

  if (state.kind === 'loading') return <LoadingState label="Loading the projects" />;
  if (state.kind === 'error') return <ErrorState title="The portfolio could not be loaded" message={state.message} onRetry={load} />;

  const sortBy = (key: SortKey) => {
    if (key === sortKey) setAscending(!ascending);
    else {
      setSortKey(key);
      setAscending(true);
    }
  };
  const refreshAll = async () => {
    try {
      const answer = await callResolver('refreshPortfolio', {});
      setQueued(answer);
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main className="stack">
      <header className="row spread">
        <Heading size="large" as="h1">
          Backlog health across projects
        </Heading>
        <div className="row">
          <Button onClick={() => download('backlog-health-portfolio.csv', 'text/csv', rowsToCsv(shown))}>Export CSV</Button>
          <Button onClick={() => download('backlog-health-portfolio.json', 'application/json', rowsToJson(shown))}>Export JSON</Button>
          <Button onClick={() => void refreshAll()}>Refresh all</Button>
        </div>
      </header>
      {queued !== null ? (
        <p role="status" data-testid="refresh-all-status">
          {plural(queued.queued, 'project is', 'projects are')} being refreshed.
          {queued.left > 0 ? ` ${plural(queued.left, 'project is', 'projects are')} not refreshed nightly, so left out.` : ''}{' '}
          <Button appearance="subtle" onClick={load}>Reload the table</Button>
        </p>
      ) : null}
      <div className="row">
        <div className="field">
          <label htmlFor="filter-text">Find a project</label>
          <Textfield id="filter-text" value={query} onChange={(event) => setQuery((event.target as HTMLInputElement).value)} />
        </div>
        <div className="field">
          <label htmlFor="filter-light">Health</label>
          <select id="filter-light" value={light} onChange={(event) => setLight(event.target.value as typeof light)}>
            <option value="all">All</option>
            <option value="red">{HEALTH_WORD.red}</option>
            <option value="amber">{HEALTH_WORD.amber}</option>
            <option value="green">{HEALTH_WORD.green}</option>
            <option value="none">
              {NO_HEALTH_WORD} or {NOT_ENOUGH_DATA.toLowerCase()}
            </option>
          </select>
        </div>
        <p className="muted" data-testid="row-count">
          Showing {shown.length} of {plural(rows.length, 'project')}.
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyNotice header="No projects to show" testId="no-projects">
          <p>Jira lists no project you may browse on this site, so there is nothing to compare yet.</p>
        </EmptyNotice>
      ) : (
        <PortfolioTable rows={shown} sortKey={sortKey} ascending={ascending} onSort={sortBy} />
      )}
    </main>
  );
}
