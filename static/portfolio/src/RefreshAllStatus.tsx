/**
 * What "Refresh all" is doing: how far it is while it runs (a sentence and a progress bar), then how
 * it went, naming each project that could not be refreshed and why.
 */
import ProgressBar from '@atlaskit/progress-bar';
import { Notice } from '../../shared/ui';
import type { RefreshAll } from './useRefreshAll';
import { runSentence } from './refreshRun';

export function RefreshAllStatus({ refreshAll }: { refreshAll: RefreshAll }) {
  const { run, progress, starting, error } = refreshAll;
  if (error) {
    return (
      <div role="alert" data-testid="refresh-all-status">
        <Notice title="The refresh could not be started" appearance="warning">
          <p>{error}</p>
        </Notice>
      </div>
    );
  }
  if (starting && !run) {
    return (
      <p role="status" data-testid="refresh-all-status">
        Asking for the refreshes…
      </p>
    );
  }
  if (!run || !progress) return null;
  const sentence = runSentence(run, progress);
  if (!progress.ended) {
    const finished = progress.refreshed + progress.failed.length;
    return (
      <div role="status" data-testid="refresh-all-status" data-ended="false" className="stack">
        <p>{sentence}</p>
        <ProgressBar ariaLabel={sentence} value={progress.total === 0 ? 1 : finished / progress.total} />
      </div>
    );
  }
  const failed = progress.failed.length > 0;
  return (
    <div role="status" data-testid="refresh-all-status" data-ended="true">
      <Notice title={failed ? 'Refresh all finished, with failures' : 'Refresh all finished'} appearance={failed ? 'warning' : 'success'}>
        <p>{sentence}</p>
        {failed ? (
          <ul data-testid="refresh-all-failures">
            {progress.failed.map((failure) => (
              <li key={failure.projectKey}>
                {failure.name} ({failure.projectKey}): {failure.message}
              </li>
            ))}
          </ul>
        ) : null}
      </Notice>
    </div>
  );
}
