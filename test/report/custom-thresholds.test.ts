import { customThresholds } from '../../src/report/custom-thresholds';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

describe('the thresholds a project sets away from their defaults', () => {
  it('are none with the defaults', () => expect(customThresholds(DEFAULT_SETTINGS)).toEqual([]));

  it('are each changed threshold with its value and its default, in the catalogue\'s order', () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.thresholds.churningPriorities.top10OverlapBelow = 0.3;
    settings.thresholds.unfinishedSprints.reliabilityBelow = 0.6;
    // Set to its default value: not a change.
    settings.thresholds.absentPo.days = 14;
    expect(customThresholds(settings)).toEqual([
      { signalId: 'unfinished-sprints', threshold: 'reliabilityBelow', value: 0.6, defaultValue: 0.7 },
      { signalId: 'churning-priorities', threshold: 'top10OverlapBelow', value: 0.3, defaultValue: 0.5 },
    ]);
  });
});
