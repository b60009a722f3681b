/**
 * The coach's page: every project the viewer may browse, read a page at a time (usePortfolio), with
 * sorting, filtering, 50 rows on screen at a time, export and "Refresh all" (useRefreshAll).
 */
import { useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Textfield from '@atlaskit/textfield';
import { HEALTH_WORD, NOT_ENOUGH_DATA, NO_HEALTH_WORD, plural } from '../../../src/vocabulary';
import { download, rowsToCsv, rowsToJson } from '../../shared/exportRows';
import { EmptyNotice, ErrorState, LoadingState } from '../../shared/ui';
import { PortfolioTable } from './PortfolioTable';
import { RefreshAllStatus } from './RefreshAllStatus';
import { sortRows, type SortKey } from './sortRows';
import { usePortfolio } from './usePortfolio';
import { useRefreshAll } from './useRefreshAll';

/** Rows on screen at once: the table stays quick to read and to draw with hundreds of projects. */
export const ROWS_PER_VIEW = 50;

type Light = 'all' | 'green' | 'amber' | 'red' | 'none';

export function PortfolioApp() {
  const { state, reload, reloadProjects } = usePortfolio();
  const [sortKey, setSortKey] = useState<SortKey>('score');
  const [ascending, setAscending] = useState(true);
  const [query, setQuery] = useState('');
  const [light, setLight] = useState<Light>('all');
  const [first, setFirst] = useState(0);

  const rows = useMemo(() => (state.kind === 'ready' ? state.rows : []), [state]);
  const refreshAll = useRefreshAll(rows, reloadProjects);
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
  if (state.kind === 'error') return <ErrorState title="The portfolio could not be loaded" message={state.message} onRetry={reload} />;

  // A new sort or filter starts from the first rows again.
  const restart = () => setFirst(0);
  const sortBy = (key: SortKey) => {
    if (key === sortKey) setAscending(!ascending);
    else {
      setSortKey(key);
      setAscending(true);
    }
    restart();
  };
  const lastStart = Math.floor(Math.max(0, shown.length - 1) / ROWS_PER_VIEW) * ROWS_PER_VIEW;
  const start = Math.min(first, lastStart);
  const view = shown.slice(start, start + ROWS_PER_VIEW);
  const nextCount = Math.min(ROWS_PER_VIEW, shown.length - start - ROWS_PER_VIEW);
  const stillReading = state.pagesRead < state.pageCount;
  const notListed = state.projectsYouMayBrowse !== null && !stillReading ? state.projectsYouMayBrowse - rows.length : 0;

  return (
    <main className="stack">
      <header className="row spread">
        <Heading size="large" as="h1">
          Backlog health across projects
        </Heading>
        <div className="row">
          <Button onClick={() => download('backlog-health-portfolio.csv', 'text/csv', rowsToCsv(shown))}>Export CSV</Button>
          <Button onClick={() => download('backlog-health-portfolio.json', 'application/json', rowsToJson(shown))}>Export JSON</Button>
          <Button onClick={() => void refreshAll.start()} isDisabled={refreshAll.starting || (refreshAll.progress !== null && !refreshAll.progress.ended)}>
            Refresh all
          </Button>
        </div>
      </header>
      <RefreshAllStatus refreshAll={refreshAll} />
      <div className="row">
        <div className="field">
          <label htmlFor="filter-text">Find a project</label>
          <Textfield
            id="filter-text"
            value={query}
            onChange={(event) => {
              setQuery((event.target as HTMLInputElement).value);
              restart();
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-light">Health</label>
          <select id="filter-light" value={light} onChange={(event) => {
              setLight(event.target.value as Light);
              restart();
            }}
          >
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
          {shown.length > ROWS_PER_VIEW
            ? `Showing ${start + 1}–${start + view.length} of ${shown.length === rows.length ? plural(rows.length, 'project') : `${shown.length} found, of ${plural(rows.length, 'project')}`}.`
            : `Showing ${shown.length} of ${plural(rows.length, 'project')}.`}
        </p>
      </div>
      {stillReading ? (
        <p className="muted" role="status" data-testid="still-reading">
          Reading more projects: {state.pagesRead} of {state.pageCount} pages so far.
        </p>
      ) : null}
      {state.pageError ? <ErrorState appearance="warning" title="Some projects could not be loaded" message={state.pageError} onRetry={reload} testId="page-error" /> : null}
      {notListed > 0 ? (
        <p className="muted" data-testid="not-listed">
          {plural(notListed, 'more project you may browse is', 'more projects you may browse are')} not listed yet: a project is listed once the app has
          refreshed it (every night, with "Refresh all", or when its page is opened).
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyNotice header="No projects to show" testId="no-projects">
          <p>Jira lists no project you may browse on this site, so there is nothing to compare yet.</p>
        </EmptyNotice>
      ) : (
        <>
          <PortfolioTable rows={view} sortKey={sortKey} ascending={ascending} onSort={sortBy} />
          {shown.length > ROWS_PER_VIEW ? (
            <nav className="row" aria-label="More projects">
              <Button isDisabled={start === 0} onClick={() => setFirst(Math.max(0, start - ROWS_PER_VIEW))}>
                Previous {ROWS_PER_VIEW}
              </Button>
              <Button isDisabled={nextCount <= 0} onClick={() => setFirst(start + ROWS_PER_VIEW)}>
                Next {nextCount > 0 ? nextCount : ROWS_PER_VIEW}
              </Button>
            </nav>
          ) : null}
        </>
      )}
    </main>
  );
}
