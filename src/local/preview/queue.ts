/**
 * The preview's stand-in for Forge's async events: an in-process queue that runs `consume` for each
 * pushed event, one at a time, after the push has returned (like a real queue, never inside the caller).
 */
export interface InProcessQueue<E> {
  push(events: E[]): Promise<void>;
  /** Resolves when every event pushed so far has been consumed (for tests and shutdown). */
  idle(): Promise<void>;
  /** Failures of `consume`, newest last (a failing event does not stop the queue). */
  readonly failures: { event: E; message: string }[];
}

export function createInProcessQueue<E>(consume: (event: E) => Promise<void>): InProcessQueue<E> {
  const pending: E[] = [];
  const failures: { event: E; message: string }[] = [];
  let running: Promise<void> | null = null;

  const drain = async () => {
    // Let the pushing resolver answer first, as a real queue would.
    await new Promise((resolve) => setImmediate(resolve));
    while (pending.length > 0) {
      const event = pending.shift() as E;
      try {
        await consume(event);
      } catch (error) {
        failures.push({ event, message: error instanceof Error ? error.message : String(error) });
      }
    }
    running = null;
  };

  return {
    failures,
    async push(events) {
      pending.push(...events);
      if (!running) running = drain();
    },
    async idle() {
      while (running) await running;
    },
  };
}
