/** The project page: a report in six tabs, with loading, waiting, empty and error states. */
import { useState } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import type { Report } from '../../../src/domain/report';
import type { BoardSummary, RefreshStatus } from '../../../src/shared/api';
import { dateTime } from '../../../src/vocabulary';
import { EmptyNotice, ErrorState, LoadingState, Notice } from '../../shared/ui';
import { useReport } from './useReport';
import { useProjectSettings } from './useProjectSettings';
import { OverviewTab } from './tabs/OverviewTab';
import { BacklogTab } from './tabs/BacklogTab';
import type { KeyListSource } from './tabs/PagedIssueKeys';
import { SprintsTab } from './tabs/SprintsTab';
import { FlowTab } from './tabs/FlowTab';
import { RolesTab } from './tabs/RolesTab';
import { SettingsTab } from './tabs/SettingsTab';

export function App() {
  const [boardId, setBoardId] = useState<number | undefined>(undefined);
  // Each board gets a view of its own (key): its loading, polling and problems start over.
  return <ProjectReport key={boardId ?? 'default'} boardId={boardId} onBoardChange={setBoardId} />;
}

function ProjectReport({ boardId, onBoardChange }: { boardId: number | undefined; onBoardChange: (id: number) => void }) {
  const { state, refreshing, problem, refresh, retry } = useReport(boardId);

  if (state.kind === 'loading') return <LoadingState label="Loading the backlog health report" />;
  if (state.kind === 'error') return <ErrorState title={state.title} message={state.message} onRetry={retry} />;
  if (state.kind === 'waiting') return <Waiting refresh={state.refresh} />;

  const { report, boards, keyLists } = state;
  return (
    <main className="stack">
      <header className="row spread">
        <Heading size="large" as="h1">
          Backlog health{report ? `: ${report.project.name}` : ''}
        </Heading>
        <div className="row">
          <BoardPicker boards={boards} value={boardId ?? report?.board?.id} onChange={onBoardChange} />
          <Button onClick={() => void refresh()} isDisabled={refreshing !== null}>
            Refresh
          </Button>
        </div>
      </header>
      {refreshing ? <RefreshProgress refresh={refreshing} /> : null}
      {problem ? <ErrorState appearance="warning" testId="report-problem" title={problem.title} message={problem.message} onRetry={retry} /> : null}
      {report && report.board ? (
        <ReportTabs report={report} keyLists={{ boardId, computedAt: report.computedAt, lists: keyLists }} onSettingsSaved={() => void refresh()} />
      ) : (
        <NoBoard report={report} boards={boards} />
      )}
    </main>
  );
}

function ReportTabs({ report, keyLists, onSettingsSaved }: { report: Report; keyLists: KeyListSource; onSettingsSaved: () => void }) {
  const settings = useProjectSettings(report.computedAt);
  return (
    <>
      <p className="muted" data-testid="computed-at" data-computed-at={report.computedAt}>
        Computed {dateTime(report.computedAt)}
        {report.board ? ` from the board "${report.board.name}"` : ''}.
      </p>
      {report.partial ? (
        <Notice title="Part of the data could not be read" appearance="warning">
          <p>{report.partial.reason} The figures below use what could be read.</p>
        </Notice>
      ) : null}
      <Limitations report={report} />
      <Tabs id="report-tabs">
        <TabList>
          <Tab>Overview</Tab>
          <Tab>Backlog</Tab>
          <Tab>Sprints</Tab>
          <Tab>Flow</Tab>
          <Tab>Roles</Tab>
          <Tab>Settings</Tab>
        </TabList>
        <TabPanel>
          <OverviewTab report={report} />
        </TabPanel>
        <TabPanel>
          <BacklogTab report={report} settings={settings} keyLists={keyLists} />
        </TabPanel>
        <TabPanel>
          <SprintsTab report={report} />
        </TabPanel>
        <TabPanel>
          <FlowTab report={report} />
        </TabPanel>
        <TabPanel>
          <RolesTab report={report} settings={settings} />
        </TabPanel>
        <TabPanel>
          <SettingsTab onSaved={onSettingsSaved} />
        </TabPanel>
      </Tabs>
    </>
  );
}

/** What this report cannot show, once each: the limitations carry their own reasons (a Kanban board, no estimates...). */
function Limitations({ report }: { report: Report }) {
  const { limitations } = report.capabilities;
  if (limitations.length === 0) return null;
  return (
    <div data-testid="limitations">
      <Notice title="What this report cannot show">
        {limitations.length === 1 ? (
          <p>{limitations[0]}</p>
        ) : (
          <ul>
            {limitations.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </Notice>
    </div>
  );
}

function BoardPicker({ boards, value, onChange }: { boards: BoardSummary[]; value: number | undefined; onChange: (id: number) => void }) {
  if (boards.length < 2) return null;
  return (
    <label className="row">
      <span>Board</span>
      <select value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {boards.map((board) => (
          <option key={board.id} value={board.id}>
            {board.name} ({board.type})
          </option>
        ))}
      </select>
    </label>
  );
}

function RefreshProgress({ refresh }: { refresh: RefreshStatus }) {
  const label = refresh.message ?? (refresh.state === 'queued' ? 'Waiting for the refresh to start' : 'Refreshing the report');
  return <LoadingState label={label} progress={refresh.progress} />;
}

function Waiting({ refresh }: { refresh: RefreshStatus }) {
  return (
    <main className="stack">
      <Heading size="large" as="h1">
        Backlog health
      </Heading>
      <p>This project's first report is being built. It reads the sprint and backlog history, which can take a minute.</p>
      <RefreshProgress refresh={refresh} />
    </main>
  );
}

/**
 * No report to show in tabs: the project has no board (the report says so, with nothing scored), or
 * no report has been built for the board picked yet.
 */
function NoBoard({ report, boards }: { report: Report | null; boards: BoardSummary[] }) {
  if (report || boards.length === 0) {
    return (
      <EmptyNotice header="This project has no board yet" testId="empty-state">
        <p>{report?.capabilities.limitations[0] ?? 'This project has no board to analyse yet.'}</p>
        <p>Nothing is scored until then: the backlog, sprint and role figures need a board to read.</p>
      </EmptyNotice>
    );
  }
  return (
    <EmptyNotice header="Nothing to report yet" testId="empty-state">
      <p>No report has been built for this board yet. Press Refresh to build one.</p>
    </EmptyNotice>
  );
}
