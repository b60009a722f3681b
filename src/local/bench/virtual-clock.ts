/**
 * Simulated time, for running hours of work (a night of refreshes under Jira's hourly quota) in
 * seconds: `sleep(ms)` waits on the simulated clock, and `run(work)` moves the clock to the next
 * wake-up whenever nothing else can happen first, that is when no callback is pending and no real
 * work (an HTTP request to the emulator, marked with `during`) is in flight. Wake-ups at the same
 * moment come in the order they were asked for.
 */

interface Timer {
  at: number;
  order: number;
  wake: () => void;
}

/** Lets every pending callback run: a few turns of the event loop. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 4; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

export class VirtualClock {
  private current: number;
  private readonly timers: Timer[] = [];
  private order = 0;
  private busy = 0;

  constructor(startMs: number) {
    this.current = startMs;
  }

  readonly now = (): number => this.current;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((wake) => {
      const timer = { at: this.current + Math.max(0, ms), order: this.order++, wake };
      // Kept sorted by time, then by order of asking: the next wake-up is the first.
      let index = this.timers.length;
      while (index > 0 && (this.timers[index - 1].at > timer.at || (this.timers[index - 1].at === timer.at && this.timers[index - 1].order > timer.order))) index -= 1;
      this.timers.splice(index, 0, timer);
    });

  /** Moves the clock forward to `ms` (when nothing waits before it: time between two runs). */
  jumpTo(ms: number): void {
    if (this.timers.length > 0 && this.timers[0].at < ms) throw new Error('The clock cannot jump past a wake-up still to come.');
    this.current = Math.max(this.current, ms);
  }

  /** Real work (I/O): the clock stands still until it ends. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.busy += 1;
    try {
      return await work();
    } finally {
      this.busy -= 1;
    }
  }

  /** Runs `work` to its end, moving the clock whenever only sleeps are left to wait for. */
  async run<T>(work: Promise<T>): Promise<T> {
    let finished = false;
    const result = work.finally(() => (finished = true));
    result.catch(() => undefined);
    for (;;) {
      await settle();
      if (finished) return result;
      if (this.busy > 0) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        continue;
      }
      const next = this.timers.shift();
      if (!next) {
        await settle();
        if (finished) return result;
        throw new Error('The simulated work is waiting for something that will never come (no sleep left and nothing in flight).');
      }
      this.current = Math.max(this.current, next.at);
      next.wake();
    }
  }
}
