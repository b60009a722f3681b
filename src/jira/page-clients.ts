/**
 * Clients for the Jira calls of one page request (a Forge resolver call, stopped by Forge at 25 s).
 * They retry less and sooner than a refresh (PAGE_RETRY_POLICY: 2 retries, backoff 0.5 s then 1 s,
 * a Retry-After of at most 5 s) and share one Deadline (PAGE_TIME_BUDGET_MS), so however many
 * clients the call makes, its Jira calls end within the budget: a retry that would end later fails
 * at once with an 'out-of-time' JiraError saying so in plain words.
 */
import { JiraClient } from './client';
import { Deadline, PAGE_TIME_BUDGET_MS } from './deadline';
import { PAGE_RETRY_POLICY } from './retry';
import type { Sleep } from './retry';
import type { Transport } from './transport';

export interface PageClientOptions {
  /** Default PAGE_TIME_BUDGET_MS. */
  budgetMs?: number;
  /** Tests pass a fake clock and a sleep that moves it on. */
  nowMs?: () => number;
  sleep?: Sleep;
  random?: () => number;
}

/**
 * A maker of page clients over `transport()`. The time budget starts now, when the maker is made:
 * make one per page request.
 */
export function pageClients(transport: () => Transport, options: PageClientOptions = {}): () => JiraClient {
  const deadline = new Deadline(options.budgetMs ?? PAGE_TIME_BUDGET_MS, options.nowMs);
  const { sleep, random, nowMs } = options;
  return () => new JiraClient(transport(), { retryPolicy: PAGE_RETRY_POLICY, deadline, sleep, random, nowMs });
}
