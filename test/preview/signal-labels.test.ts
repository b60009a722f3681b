import { allRules } from '../../src/signals/catalogue';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { SIGNAL_NAME, signalIdOfThreshold, signalName, thresholdLabel } from '../../static/shared/signal-labels';

describe('signal names for the page', () => {
  it('name every signal of the catalogue, and nothing else', () => {
    expect(Object.keys(SIGNAL_NAME).sort()).toEqual(allRules.map((rule) => rule.declaration.id).sort());
  });

  it('are the names the fired signals carry as their title', () => {
    for (const rule of allRules) expect(signalName(rule.declaration.id)).toBe(rule.declaration.name);
  });

  it('show an id the page does not know as it is', () => {
    expect(signalName('absent-po')).toBe('Backlog waiting for its Product Owner');
    expect(signalName('a-new-signal')).toBe('a-new-signal');
  });
});

describe('threshold labels for the Settings form', () => {
  it('label every threshold of the settings', () => {
    for (const [group, values] of Object.entries(DEFAULT_SETTINGS.thresholds)) {
      for (const name of Object.keys(values)) expect({ group, name, label: typeof thresholdLabel(group, name) }).toEqual({ group, name, label: 'string' });
    }
    expect(thresholdLabel('thinReadyRunway', 'belowSprints')).toBe('Ready runway counts as thin below (sprints)');
    expect(thresholdLabel('thinReadyRunway', 'noSuchThing')).toBeUndefined();
  });

  it('find the signal a group of thresholds belongs to', () => {
    expect(signalIdOfThreshold('poAssignsWork')).toBe('po-assigns-work');
    expect(signalName(signalIdOfThreshold('separateTechPool'))).toBe('Technical work kept apart');
    expect(signalIdOfThreshold('unknownGroup')).toBe('unknownGroup');
  });
});
