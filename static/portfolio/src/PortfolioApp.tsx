/** The coach's page: every project the viewer may browse, with sorting, filtering and export. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Textfield from '@atlaskit/textfield';
import type { PortfolioRow } from '../../../src/shared/api';
import { callResolver } from '../../shared/api';
import { count, dateTime, percent, sprints } from '../../shared/format';
import { download, rowsToCsv, rowsToJson } from '../../shared/exportRows';
import { openProjectPage } from '../../shared/links';
import { EmptyNotice, ErrorState, LoadingState, SeverityLozenge, TrafficLightLozenge } from '../../shared/ui';
import { AREA_NAME } from '../../shared/signal-labels';
import { Sparkline } from './Sparkline';
import { sortRows, type SortKey } from './sortRows';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; rows: PortfolioRow[] };

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'project', label: 'Project' },
  { key: 'score', label: 'Score' },
  { key: 'reliability', label: 'Reliability trend' },
  { key: 'runway', label: 'Ready runway' },
  { key: 'stability', label: 'Top 10 kept' },
  { key: 'interleaving', label: 'Technical interleaving' },
  { key: 'signals', label: 'Most severe signals' },
];

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
          {count(queued.queued, 'project is', 'projects are')} being refreshed.
          {queued.left > 0 ? ` ${count(queued.left, 'project is', 'projects are')} not refreshed nightly, so left out.` : ''}{' '}
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
            <option value="red">At risk</option>
            <option value="amber">Needs attention</option>
            <option value="green">Healthy</option>
            <option value="none">No score</option>
          </select>
        </div>
        <p className="muted" data-testid="row-count">
          Showing {shown.length} of {count(rows.length, 'project')}.
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyNotice header="No projects to show" testId="no-projects">
          <p>Jira lists no project you may browse on this site, so there is nothing to compare yet.</p>
        </EmptyNotice>
      ) : (
        <table className="data" data-testid="portfolio-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} aria-sort={column.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="sort" onClick={() => sortBy(column.key)}>
                    {column.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Row key={row.projectKey} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function Row({ row }: { row: PortfolioRow }) {
  return (
    <tr data-project={row.projectKey}>
      <td>
        <a
          href={`#${row.projectKey}`}
          onClick={(event) => {
            event.preventDefault();
            void openProjectPage(row.projectKey);
          }}
        >
          {row.projectName} ({row.projectKey})
        </a>
        <div className="muted">{row.computedAt ? `Computed ${dateTime(row.computedAt)}` : 'Not analysed yet'}</div>
        {row.refreshedNightly !== true ? (
          <div className="muted" data-testid="not-nightly">
            {row.refreshedNightly === false
              ? 'Not refreshed nightly: switched off in its settings'
              : 'Not refreshed: its settings could not be read'}
          </div>
        ) : null}
        {row.refresh.state === 'failed' && row.refreshedNightly !== null ? (
          <div className="muted">The last refresh did not finish: {row.refresh.message}</div>
        ) : null}
      </td>
      <td data-testid="portfolio-score">
        <div>{row.score ?? (row.computedAt ? 'Not assessed' : 'n/a')}</div>
        <TrafficLightLozenge light={row.trafficLight} none={row.computedAt ? 'No score' : 'No score yet'} />
        {row.score !== null && row.notAssessed.length > 0 ? (
          <div className="muted">{row.notAssessed.map((area) => AREA_NAME[area]).join(' and ')} not assessed</div>
        ) : null}
      </td>
      <td>
        <Sparkline values={row.reliabilityTrend} label={`Commitment reliability of ${row.projectKey}`} />
      </td>
      <td>{sprints(row.readyRunwaySprints)}</td>
      <td>{percent(row.top10Overlap)}</td>
      <td>{percent(row.technicalInterleaving)}</td>
      <td>
        {row.topSignals.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <ul className="plain">
            {row.topSignals.map((signal) => (
              <li key={signal.id}>
                <SeverityLozenge severity={signal.severity} /> {signal.title}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
