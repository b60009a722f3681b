/** Small presentational pieces shared by both pages. They render report values; they compute nothing. */
import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import SectionMessage from '@atlaskit/section-message';
import ProgressBar from '@atlaskit/progress-bar';
import Spinner from '@atlaskit/spinner';
import type { TrafficLight } from '../../src/domain/report';
import { HEALTH_WORD, NO_HEALTH_WORD, SEVERITY_NAME } from '../../src/vocabulary';
import { issuePath, openIssue, openProjectPage } from './links';

const LIGHT_APPEARANCE = { green: 'success', amber: 'moved', red: 'removed' } as const;

/** The traffic light; without one, `none` says why (no score yet, or nothing could be assessed). */
export function TrafficLightLozenge({ light, none = NO_HEALTH_WORD }: { light: TrafficLight | null; none?: string }) {
  if (!light) return <Lozenge>{none}</Lozenge>;
  return (
    <Lozenge appearance={LIGHT_APPEARANCE[light]} isBold>
      {HEALTH_WORD[light]}
    </Lozenge>
  );
}

const SEVERITY_APPEARANCE = { critical: 'removed', warning: 'moved', info: 'inprogress' } as const;

export function SeverityLozenge({ severity }: { severity: 'info' | 'warning' | 'critical' }) {
  return <Lozenge appearance={SEVERITY_APPEARANCE[severity]}>{SEVERITY_NAME[severity]}</Lozenge>;
}

/** An issue key that opens the issue in Jira (through the bridge router: the iframe cannot link directly). */
export function IssueKey({ issueKey }: { issueKey: string }) {
  return (
    <a
      href={issuePath(issueKey)}
      data-issue-key={issueKey}
      onClick={(event) => {
        event.preventDefault();
        openIssue(issueKey);
      }}
    >
      {issueKey}
    </a>
  );
}

/** A project's name and key, opening its Backlog health page (the portfolio's rows, a gadget's cards). */
export function ProjectPageLink({ projectKey, projectName }: { projectKey: string; projectName: string }) {
  return (
    <a
      href={`#${projectKey}`}
      onClick={(event) => {
        event.preventDefault();
        void openProjectPage(projectKey);
      }}
    >
      {projectName} ({projectKey})
    </a>
  );
}

export function IssueKeys({ keys, limit = 30 }: { keys: string[]; limit?: number }) {
  if (keys.length === 0) return <span className="muted">none</span>;
  const shown = keys.slice(0, limit);
  return (
    <span className="keys">
      {shown.map((key) => (
        <IssueKey key={key} issueKey={key} />
      ))}
      {keys.length > limit ? <span className="muted">and {keys.length - limit} more</span> : null}
    </span>
  );
}

/**
 * What went wrong, and a Retry. As an error it stands in for the page; as a warning it sits above content
 * that is still good (a report kept on screen after a later call failed).
 */
export function ErrorState({
  title,
  message,
  onRetry,
  appearance = 'error',
  testId = 'error-state',
}: {
  title: string;
  message: string;
  onRetry?: () => void;
  appearance?: 'error' | 'warning';
  testId?: string;
}) {
  return (
    <div role="alert" data-testid={testId}>
      <SectionMessage
        appearance={appearance}
        title={title}
        actions={onRetry ? [<Button key="retry" onClick={onRetry}>Retry</Button>] : undefined}
      >
        <p>{message}</p>
      </SectionMessage>
    </div>
  );
}

export function LoadingState({ label, progress }: { label: string; progress?: number | null }) {
  return (
    <div className="stack" role="status" aria-live="polite" data-testid="loading-state">
      <div className="row">
        <Spinner size="medium" label={label} />
        <span>{label}</span>
      </div>
      {progress !== undefined ? (
        <ProgressBar ariaLabel={label} value={progress ?? undefined} isIndeterminate={progress === null} />
      ) : null}
    </div>
  );
}

/** A page-sized "nothing here yet" state: what is missing, why, and what would change it. */
export function EmptyNotice({ header, children, testId, action }: { header: string; children: ReactNode; testId: string; action?: ReactNode }) {
  return (
    <div data-testid={testId}>
      <EmptyState header={header} headingLevel={2} description={children} primaryAction={action} width="wide" />
    </div>
  );
}

export function Notice({ title, children, appearance = 'information' }: { title: string; children: ReactNode; appearance?: 'information' | 'warning' | 'success' }) {
  return (
    <SectionMessage appearance={appearance} title={title}>
      {children}
    </SectionMessage>
  );
}

/**
 * A chart that screen readers can use: the drawing is an image with a one-sentence summary, and the same
 * figures are available as a table under a disclosure.
 */
export function ChartFigure({ title, summary, table, children }: { title: string; summary: string; table: ReactNode; children: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={summary}>
        {children}
      </div>
      <details>
        <summary>Show the figures as a table</summary>
        {table}
      </details>
    </figure>
  );
}
