/**
 * The issue view: a panel beside an issue's fields saying what Backlog health knows about it, from
 * the stored report and facts (getIssueContext). States: loading, error, the project switched off or
 * not analysed yet, and the answer (marked when the issue changed after the figures were computed).
 */
import Button from '@atlaskit/button/new';
import { dateTime } from '../../../src/vocabulary';
import { ErrorState, LoadingState, Notice } from '../../shared/ui';
import { IssueSections } from './IssueSections';
import { useIssueContext, type IssueContext } from './useIssueContext';

export function IssueContextApp() {
  const { state, reload, refresh } = useIssueContext();
  if (state.kind === 'loading') return <LoadingState label="Loading what Backlog health knows about this issue" />;
  if (state.kind === 'error') return <ErrorState title="Backlog health could not be loaded" message={state.message} onRetry={reload} />;
  const { answer, refreshProblem } = state;
  const busy = answer.refresh.state === 'queued' || answer.refresh.state === 'running';
  return (
    <main className="panel stack" data-testid="issue-context" aria-label={`Backlog health for ${answer.issueKey}`}>
      {answer.unavailable === 'switched-off' ? (
        <p data-testid="switched-off">Backlog health is switched off for this project by its administrators, so it shows nothing about its issues.</p>
      ) : answer.unavailable === 'not-analysed' ? (
        <p data-testid="not-analysed">
          Backlog health has not analysed this project yet.{' '}
          {busy ? 'Its first analysis is running: this panel fills in when it is done.' : 'It will at its next nightly run, or when someone opens its Backlog health page.'}
        </p>
      ) : (
        <Answer answer={answer} busy={busy} onRefresh={() => void refresh()} />
      )}
      {refreshProblem ? <ErrorState appearance="warning" testId="refresh-problem" title="The refresh did not finish" message={refreshProblem} onRetry={reload} /> : null}
    </main>
  );
}

function Answer({ answer, busy, onRefresh }: { answer: IssueContext; busy: boolean; onRefresh: () => void }) {
  return (
    <>
      <div className="row spread">
        <p className="muted" data-testid="computed-at">
          Figures of {dateTime(answer.computedAt)}
          {answer.board ? `, board "${answer.board.name}"` : ''}.
        </p>
        <Button appearance="subtle" onClick={onRefresh} isDisabled={busy}>
          {busy ? 'Refreshing' : 'Refresh'}
        </Button>
      </div>
      {busy ? (
        <p role="status" className="muted" data-testid="refreshing">
          A refresh of the project is running; this panel updates when it is done.
        </p>
      ) : null}
      {answer.changedSince ? (
        <div data-testid="changed-since">
          <Notice title="This issue changed after these figures" appearance="warning">
            <p>
              It was last changed on {dateTime(answer.issueUpdatedAt)}; Jira was read for these figures on {dateTime(answer.readAt)}. They show the issue as it
              was then{busy ? '' : ' until the next refresh'}.
            </p>
          </Notice>
        </div>
      ) : null}
      {answer.factsMissing ? (
        <p className="muted" data-testid="facts-missing">
          Its place in the backlog, readiness, re-ranks and flags are worked out at the next refresh of the project.
        </p>
      ) : null}
      <IssueSections answer={answer} />
    </>
  );
}
