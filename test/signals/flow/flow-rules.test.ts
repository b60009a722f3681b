/** The flow signals on hand-built flow sections (context.ts): when each fires, how severe, when quiet, when silent. */
import { ageingWipRule } from '../../../src/signals/ageing-wip/evaluate';
import { finishedWithoutStartRule } from '../../../src/signals/finished-without-start/evaluate';
import { wipGrowingRule } from '../../../src/signals/wip-growing/evaluate';
import { NO_FLOW } from '../../../src/signals/helpers';
import { context } from '../context';
import { flowContext } from './context';

const fired = (outcome: ReturnType<typeof ageingWipRule.evaluate>) => ('fired' in outcome ? outcome.fired : null);

describe('ageing-wip', () => {
  it('stays quiet while fewer than 3 items are older than the 85th percentile (11 days)', () => {
    expect(ageingWipRule.evaluate(flowContext((f) => (f.ageing[0].ageDays = 12)))).toEqual({ quiet: true });
  });

  it('warns when 3 items are older than the 85th percentile', () => {
    const signal = fired(ageingWipRule.evaluate(flowContext((f) => f.ageing.forEach((item, i) => (item.ageDays = 21 - i)))));
    expect(signal).toMatchObject({
      id: 'ageing-wip',
      area: 'flow',
      severity: 'warning',
      observation: '3 of the 3 items in progress have been in progress for longer than 85% of the items finished in the last 90 days took (11 days). The oldest, W-1, has been in progress for 21 days.',
      evidence: { issueKeys: ['W-1', 'W-2', 'W-3'], dates: ['2026-02-20T09:00:00.000Z', '2026-02-21T09:00:00.000Z', '2026-02-22T09:00:00.000Z'] },
    });
  });

  it('is critical when one of them is twice as old as the 85th percentile (22 days)', () => {
    expect(fired(ageingWipRule.evaluate(flowContext((f) => f.ageing.forEach((item, i) => (item.ageDays = 22 - i)))))?.severity).toBe('critical');
  });

  it('cannot be checked without flow figures or with fewer than 10 items finished in the window', () => {
    expect(ageingWipRule.evaluate(context({ flow: null }))).toEqual({ silent: NO_FLOW });
    expect(ageingWipRule.evaluate(flowContext((f) => (f.cycleTime.finished = f.cycleTime.finished.slice(0, 9))))).toEqual({
      silent: 'Only 9 items were finished in the last 90 days after being in progress; the usual cycle time needs 10.',
    });
  });
});

describe('wip-growing', () => {
  /** Work in progress 6 a day over the first 14 days and `later` over the last 14; weeks 5 to 8 and 9 to 12 finishing `before` and `recent` a week. */
  const growing = (later: number, before = 4, recent = 4) =>
    flowContext((f) => {
      f.days.forEach((day, i) => (day.inProgress = i < 14 ? 6 : i >= 17 ? later : 7));
      f.throughput.weeks.forEach((week, i) => (week.finished = i < 4 ? 9 : i < 8 ? before : recent));
    });

  it('warns when work in progress grows by half, and by 3 items, while the last 4 weeks finish no more than the 4 before', () => {
    expect(fired(wipGrowingRule.evaluate(growing(9)))).toMatchObject({
      id: 'wip-growing',
      severity: 'warning',
      observation: 'Work in progress went from 6 items on average in the first two weeks of the last 30 days to 9 in the last two (up 50%), while the last 4 full weeks finished 16 items against 16 in the 4 weeks before.',
    });
  });

  it('is critical when it doubles', () => {
    expect(fired(wipGrowingRule.evaluate(growing(12)))?.severity).toBe('critical');
  });

  it('stays quiet when it grows less, by fewer than 3 items, or when throughput grows too', () => {
    expect(wipGrowingRule.evaluate(growing(8.9))).toEqual({ quiet: true });
    // From 2 to 4 items is a doubling, but only 2 items more.
    expect(wipGrowingRule.evaluate(flowContext((f) => f.days.forEach((day, i) => (day.inProgress = i < 14 ? 2 : 4))))).toEqual({ quiet: true });
    expect(wipGrowingRule.evaluate(growing(12, 4, 5))).toEqual({ quiet: true });
  });

  it('cannot be checked with fewer than 8 weeks of history, or from less than one item in progress', () => {
    expect(wipGrowingRule.evaluate(flowContext((f) => (f.throughput.weeksOfHistory = 7)))).toEqual({
      silent: 'The board has 7 full weeks of history; comparing two stretches of 4 weeks needs 8.',
    });
    expect(wipGrowingRule.evaluate(flowContext((f) => f.days.forEach((day) => (day.inProgress = 0))))).toEqual({
      silent: 'Less than one item was in progress on average a month ago, so growth from then is not a rate worth reading.',
    });
  });
});

describe('finished-without-start', () => {
  it('warns when more than 20% of the finished items, and 3 or more, were never in progress', () => {
    // 4 skipped of 16 finished: 25%.
    const signal = fired(finishedWithoutStartRule.evaluate(flowContext((f) => (f.finishedWithoutStart = ['S-1', 'S-2', 'S-3', 'S-4']))));
    expect(signal).toMatchObject({
      severity: 'warning',
      observation: '4 items of the 16 finished in the last 90 days (25%) went to Done without ever being in an in-progress column, so the board did not show them being worked on.',
      evidence: { issueKeys: ['S-1', 'S-2', 'S-3', 'S-4'] },
    });
  });

  it('is critical above 40%', () => {
    // 9 skipped of 21: 43%.
    const signal = fired(finishedWithoutStartRule.evaluate(flowContext((f) => (f.finishedWithoutStart = Array.from({ length: 9 }, (_, i) => `S-${i}`)))));
    expect(signal?.severity).toBe('critical');
  });

  it('stays quiet at 20% or below, or under 3 items', () => {
    // 3 of 15: 20%.
    expect(finishedWithoutStartRule.evaluate(flowContext((f) => (f.finishedWithoutStart = ['S-1', 'S-2', 'S-3'])))).toEqual({ quiet: true });
    expect(finishedWithoutStartRule.evaluate(flowContext((f) => {
      f.finishedWithoutStart = ['S-1', 'S-2'];
      f.cycleTime.finished = [];
    }))).toEqual({ quiet: true });
  });

  it('cannot be checked when nothing was finished', () => {
    expect(finishedWithoutStartRule.evaluate(flowContext((f) => (f.cycleTime.finished = [])))).toEqual({ silent: 'Nothing was finished in the last 90 days, so there is nothing to look at.' });
  });
});
