import { allRules } from '../../src/signals/catalogue';
import { SIGNAL_NAME, signalName } from '../../static/shared/signal-labels';

describe('signal names for the page', () => {
  it('name every signal of the catalogue, and nothing else', () => {
    expect(Object.keys(SIGNAL_NAME).sort()).toEqual(allRules.map((rule) => rule.id).sort());
  });

  it('show an id the page does not know as it is', () => {
    expect(signalName('absent-po')).toBe('Product Owner away from the backlog');
    expect(signalName('a-new-signal')).toBe('a-new-signal');
  });
});
