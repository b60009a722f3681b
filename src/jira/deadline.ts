/**
 * A time budget shared by the Jira calls made while someone waits (a Forge resolver answering a
 * page, which Forge stops after 25 s). Clients given the same Deadline stop retrying once a wait
 * would end after it, and send nothing once it has passed: the call then fails at once with a
 * JiraError of kind 'out-of-time' instead of being cut off by the platform mid-wait.
 *
 * A request already sent is not cut short (the transport's own timeout covers a silent Jira);
 * the budget leaves room for that and for the rest of the resolver's work.
 */

/** Time a page's Jira calls may take in all: 15 s of Forge's 25 s, the rest for storage reads and the answer. */
export const PAGE_TIME_BUDGET_MS = 15_000;

export class Deadline {
  private readonly startMs: number;

  /** Starts counting now. `nowMs` is the clock (tests pass a fake one that their sleep moves on). */
  constructor(
    readonly budgetMs: number,
    private readonly nowMs: () => number = Date.now,
  ) {
    if (!Number.isFinite(budgetMs) || budgetMs <= 0) throw new Error(`A deadline needs a time budget above 0 ms (got ${budgetMs}).`);
    this.startMs = nowMs();
  }

  /** Milliseconds left; 0 or less once the budget is spent. */
  remainingMs(): number {
    return this.startMs + this.budgetMs - this.nowMs();
  }

  /** Whether a wait of `ms` would still end within the budget. */
  allows(ms: number): boolean {
    return ms < this.remainingMs();
  }
}
