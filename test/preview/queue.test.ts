import { createInProcessQueue } from '../../src/local/preview/queue';

describe('in-process queue', () => {
  it('consumes events after push returns, one at a time, in order', async () => {
    const log: string[] = [];
    const queue = createInProcessQueue<number>(async (event) => {
      log.push(`start ${event}`);
      await new Promise((resolve) => setImmediate(resolve));
      log.push(`end ${event}`);
    });
    await queue.push([1, 2]);
    log.push('pushed');
    await queue.push([3]);
    await queue.idle();
    expect(log).toEqual(['pushed', 'start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('records a failing event and goes on with the next', async () => {
    const done: number[] = [];
    const queue = createInProcessQueue<number>(async (event) => {
      if (event === 1) throw new Error('boom');
      done.push(event);
    });
    await queue.push([1, 2]);
    await queue.idle();
    expect(done).toEqual([2]);
    expect(queue.failures).toEqual([{ event: 1, message: 'boom' }]);
  });
});

describe('in-process queue, held', () => {
  it('keeps pushed events waiting until released, then consumes them in order', async () => {
    const done: number[] = [];
    const queue = createInProcessQueue<number>(async (event) => void done.push(event));
    queue.hold();
    await queue.push([1, 2]);
    await queue.idle();
    expect(done).toEqual([]);
    expect(queue.waiting()).toEqual([1, 2]);
    queue.release();
    await queue.push([3]);
    await queue.idle();
    expect(done).toEqual([1, 2, 3]);
    expect(queue.waiting()).toEqual([]);
  });

  it('finishes the event it is consuming when held, and keeps the rest waiting', async () => {
    const done: number[] = [];
    let holdNow: () => void = () => undefined;
    const queue = createInProcessQueue<number>(async (event) => {
      if (event === 1) holdNow();
      done.push(event);
    });
    holdNow = () => queue.hold();
    await queue.push([1, 2]);
    await queue.idle();
    expect(done).toEqual([1]);
    expect(queue.waiting()).toEqual([2]);
  });
});
