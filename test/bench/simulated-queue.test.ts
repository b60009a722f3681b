/**
 * The night benchmark's queue (src/local/bench/simulated-queue.ts): it refuses what Forge refuses
 * (more than 50 events a push, a delay above 900 s, more than 500 events pushed within a minute),
 * and delivers each event once its own delay has passed on the simulated clock.
 */
import type { QueueEvent, RefreshEvent } from '../../src/forge/types';
import { SimulatedQueue } from '../../src/local/bench/simulated-queue';
import { VirtualClock } from '../../src/local/bench/virtual-clock';

const START = Date.UTC(2026, 2, 3, 1, 0, 0);

function events(count: number, from = 0): RefreshEvent[] {
  return Array.from({ length: count }, (_, index) => ({ projectKey: `P${from + index}`, boardId: null, reason: 'nightly', requestedAt: new Date(START).toISOString(), snapshot: true }) as RefreshEvent);
}

function queueOnClock() {
  const clock = new VirtualClock(START);
  const queue = new SimulatedQueue(clock);
  const consumed: { key: string; atSeconds: number }[] = [];
  queue.consumeWith(async (event: QueueEvent) => void consumed.push({ key: (event as RefreshEvent).projectKey, atSeconds: (clock.now() - START) / 1000 }));
  return { clock, queue, consumed };
}

it('delivers each event when its own delay has passed, and counts what was pushed', async () => {
  const { clock, queue, consumed } = queueOnClock();
  await clock.run(
    (async () => {
      await queue.push(events(3), { delaysInSeconds: [0, 300, 600] });
      await queue.push(events(1, 3), { delayInSeconds: 120 });
      await queue.idle();
    })(),
  );
  expect(consumed).toEqual([
    { key: 'P0', atSeconds: 0 },
    { key: 'P3', atSeconds: 120 },
    { key: 'P1', atSeconds: 300 },
    { key: 'P2', atSeconds: 600 },
  ]);
  expect(queue.figures).toMatchObject({ events: 4, refusedPushes: 0, mostEventsInAMinute: 4, failures: 0, lastEndMs: START + 600_000 });
});

it('refuses a push Forge would refuse, and counts it', async () => {
  const { clock, queue } = queueOnClock();
  await expect(queue.push(events(51))).rejects.toThrow('Forge would refuse this push: 51 events');
  await expect(queue.push(events(1), { delayInSeconds: 901 })).rejects.toThrow('901 s of delay');
  // 500 events within a minute are accepted; one more in the same minute is not; a minute later it is.
  for (let push = 0; push < 10; push++) await queue.push(events(50, push * 50), { delayInSeconds: 900 });
  await expect(queue.push(events(1, 500), { delayInSeconds: 900 })).rejects.toThrow('501 events in a minute');
  expect(queue.figures).toMatchObject({ events: 500, refusedPushes: 3, mostEventsInAMinute: 500 });
  await clock.run(clock.sleep(60_000));
  await queue.push(events(1, 500), { delayInSeconds: 900 });
  expect(queue.figures.events).toBe(501);
});
