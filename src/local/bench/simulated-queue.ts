/**
 * Forge's async events as the night benchmark plays them, on simulated time (virtual-clock.ts): an
 * event is consumed once its delay has passed, each in a consumer of its own (Forge runs consumers
 * side by side). A push Forge would refuse is refused and counted: more than 50 events, a delay
 * outside 0 to 900 s, or more than 500 events pushed within a minute.
 */
import type { PushOptions, QueueEvent, RefreshQueue } from '../../forge/types';
import type { VirtualClock } from './virtual-clock';

const MAX_EVENTS_PER_PUSH = 50;
const MAX_EVENTS_PER_MINUTE = 500;
const MAX_DELAY_SECONDS = 900;
const MINUTE_MS = 60 * 1000;

export interface QueueFigures {
  /** Events pushed and accepted. */
  events: number;
  /** Pushes refused for breaking one of Forge's limits. */
  refusedPushes: number;
  /** Most events pushed within any one minute. */
  mostEventsInAMinute: number;
  /** Consumers that threw (each is logged by the app itself). */
  failures: number;
  /** When the last consumer ended (epoch ms on the simulated clock); null before any did. */
  lastEndMs: number | null;
}

export class SimulatedQueue implements RefreshQueue {
  readonly figures: QueueFigures = { events: 0, refusedPushes: 0, mostEventsInAMinute: 0, failures: 0, lastEndMs: null };
  private consume: (event: QueueEvent) => Promise<void> = async () => undefined;
  private readonly pushedAt: { at: number; count: number }[] = [];
  private outstanding = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly clock: VirtualClock) {}

  /** Who consumes the events (the app, made after the queue it is given). */
  consumeWith(consume: (event: QueueEvent) => Promise<void>): void {
    this.consume = consume;
  }

  async push(events: QueueEvent[], options?: PushOptions): Promise<void> {
    const now = this.clock.now();
    const delays = events.map((_, index) => options?.delaysInSeconds?.[index] ?? options?.delayInSeconds ?? 0);
    const delay = Math.max(0, ...delays);
    while (this.pushedAt.length > 0 && this.pushedAt[0].at <= now - MINUTE_MS) this.pushedAt.shift();
    const lastMinute = this.pushedAt.reduce((sum, push) => sum + push.count, 0) + events.length;
    if (events.length === 0 || events.length > MAX_EVENTS_PER_PUSH || delays.some((d) => d < 0) || delay > MAX_DELAY_SECONDS || lastMinute > MAX_EVENTS_PER_MINUTE) {
      this.figures.refusedPushes += 1;
      throw new Error(`Forge would refuse this push: ${events.length} events, ${delay} s of delay, ${lastMinute} events in a minute.`);
    }
    this.pushedAt.push({ at: now, count: events.length });
    this.figures.mostEventsInAMinute = Math.max(this.figures.mostEventsInAMinute, lastMinute);
    this.figures.events += events.length;
    events.forEach((event, index) => this.deliver(event, delays[index] * 1000));
  }

  private deliver(event: QueueEvent, delayMs: number): void {
    this.outstanding += 1;
    void (async () => {
      try {
        await this.clock.sleep(delayMs);
        await this.consume(event);
      } catch {
        this.figures.failures += 1;
      } finally {
        this.figures.lastEndMs = this.clock.now();
        this.outstanding -= 1;
        if (this.outstanding === 0) for (const wake of this.waiters.splice(0)) wake();
      }
    })();
  }

  /** Resolves once no event waits or runs. */
  idle(): Promise<void> {
    return this.outstanding === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
