/**
 * Progress of one project's load as stderr lines, e.g. "CALM: reading the history of 2400 issues, 70%".
 * Throttled per project: a line only when at least `intervalMs` (default 2 s) passed since the
 * project's last line (its "Reading CALM (1 of 7)…" counts), and only when something changed; the
 * final step ("Done") is never printed. A short audit thus prints no more than the project lines;
 * a long one says every few seconds which step each project is at.
 */
import type { LoadProgress } from '../../jira/load';
import { percent } from '../../vocabulary';

export const PROGRESS_INTERVAL_MS = 2000;

export interface ProgressOptions {
  intervalMs?: number;
  /** Milliseconds now (default Date.now). */
  clock?: () => number;
}

export function progressLine(projectKey: string, p: LoadProgress): string {
  const step = p.message ? p.message[0].toLowerCase() + p.message.slice(1) : 'working';
  return `${projectKey}: ${step}, ${percent(Math.max(0, Math.min(1, p.progress)))}`;
}

/** A LoadProgress listener for one project, created when its "Reading" line is written. */
export function throttledProgress(projectKey: string, write: (line: string) => void, options: ProgressOptions = {}): (p: LoadProgress) => void {
  const clock = options.clock ?? Date.now;
  const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  let lastAt = clock();
  let lastLine = '';
  return (p) => {
    if (p.progress >= 1) return;
    const line = progressLine(projectKey, p);
    const at = clock();
    if (line === lastLine || at - lastAt < intervalMs) return;
    lastAt = at;
    lastLine = line;
    write(line);
  };
}
