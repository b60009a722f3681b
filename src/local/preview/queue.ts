/**
 * The preview's stand-in for Forge's async events: an in-process queue that runs `consume` for each
 * pushed event, one at a time, after the push has returned (like a real queue, never inside the caller).
 * It can be held, as a busy Forge queue would hold events: pushed events then wait until it is
 * released (the browser tests use this to show a refresh waiting for its turn).
 */
export interface InProcessQueue<E> {
  push(events: E[]): Promise<void>;
  /** Resolves when nothing is being consumed (events held back still wait: see hold). */
  idle(): Promise<void>;
  /** From now on, pushed events wait in the queue until release(). */
  hold(): void;
  /** Consumes the waiting events, and those pushed later, again. */
  release(): void;
  /** Events pushed and not yet consumed, oldest first. */
  waiting(): E[];
  /** Failures of `consume`, newest last (a failing event does not stop the queue). */
  readonly failures: { event: E; message: string }[];
}

export function createInProcessQueue<E>(consume: (event: E) => Promise<void>): InProcessQueue<E> {
  const pending: E[] = [];
  const failures: { event: E; message: string }[] = [];
  let running: Promise<void> | null = null;
  let held = false;

  const drain = async () => {
    // Let the pushing resolver answer first, as a real queue would.
    await new Promise((resolve) => setImmediate(resolve));
    while (pending.length > 0 && !held) {
      const event = pending.shift() as E;
      try {
        await consume(event);
      } catch (error) {
        failures.push({ event, message: error instanceof Error ? error.message : String(error) });
      }
    }
    running = null;
  };
  const start = () => {
    if (!running && !held && pending.length > 0) running = drain();
  };

  return {
    failures,
    async push(events) {
      pending.push(...events);
      start();
    },
    async idle() {
      while (running) await running;
    },
    hold() {
      held = true;
    },
    release() {
      held = false;
      start();
    },
    waiting: () => [...pending],
  };
}
