/**
 * The walk of docs/contributing.md, "How to add a signal": a declaration added to the registry is
 * picked up, with nothing else changed, by the settings (type, defaults, JSON Schema, validation and
 * repair), the page's names and threshold labels, the demo's list of signal ids and the score. The
 * registry is extended here with a signal the app does not have.
 */
import type { SignalDeclaration } from '../../src/signals/declare';

jest.mock('../../src/signals/declarations', () => {
  const actual = jest.requireActual('../../src/signals/declarations');
  const { declareSignal } = jest.requireActual('../../src/signals/declare');
  const { count } = jest.requireActual('../../src/domain/setting-values');
  const retroActionsLeftOpen: SignalDeclaration = declareSignal({
    id: 'retro-actions-left-open',
    name: 'Retrospective actions left open',
    role: 'SM',
    alsoFor: ['team'],
    area: 'sprints',
    thresholds: {
      openAtLeast: { schema: count(1), default: 3, label: 'Open actions before the signal shows' },
      criticalOpen: { schema: count(1), default: 6, label: 'Open actions before the signal is critical' },
    },
    checks: [{ field: 'openAtLeast', mustBe: 'atMost', other: 'criticalOpen', message: 'cannot be more than the open actions that make the signal critical (criticalOpen)' }],
  });
  return { ...actual, SIGNAL_DECLARATIONS: [...actual.SIGNAL_DECLARATIONS, retroActionsLeftOpen], SIGNAL: { ...actual.SIGNAL, retroActionsLeftOpen } };
});

import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { SETTINGS_SCHEMA, validateSettings, withDefaults } from '../../src/domain/settings-schema';
import { signalIdOfThreshold, signalName, thresholdLabel } from '../../static/shared/signal-labels';
import { SIGNAL_IDS } from '../../src/local/demo/stories/base';
import { healthScore } from '../../src/report/score';

type Loose = Record<string, Record<string, number>>;
const thresholds = (settings: unknown) => (settings as { thresholds: Loose }).thresholds;

describe('a signal added to the registry', () => {
  it('has its thresholds in the default settings', () => {
    expect(thresholds(DEFAULT_SETTINGS).retroActionsLeftOpen).toEqual({ openAtLeast: 3, criticalOpen: 6 });
  });

  it('has its thresholds in the settings schema, each with its sentence', () => {
    const group = (SETTINGS_SCHEMA.properties as unknown as Record<string, { properties: Record<string, { properties: Record<string, unknown>; required: string[] }> }>).thresholds.properties.retroActionsLeftOpen;
    expect(group.required).toEqual(['openAtLeast', 'criticalOpen']);
    expect(JSON.parse(JSON.stringify(group.properties.openAtLeast))).toEqual({ type: 'integer', minimum: 1, 'x-message': 'must be a whole number, 1 or more' });
  });

  it('is validated and repaired like every other signal', () => {
    expect(validateSettings(DEFAULT_SETTINGS).ok).toBe(true);
    const zero = structuredClone(DEFAULT_SETTINGS);
    thresholds(zero).retroActionsLeftOpen.openAtLeast = 0;
    expect(validateSettings(zero)).toEqual({ ok: false, errors: [{ path: '/thresholds/retroActionsLeftOpen/openAtLeast', message: 'must be a whole number, 1 or more' }] });
    const crossed = structuredClone(DEFAULT_SETTINGS);
    thresholds(crossed).retroActionsLeftOpen.openAtLeast = 8;
    expect(validateSettings(crossed)).toEqual({
      ok: false,
      errors: [{ path: '/thresholds/retroActionsLeftOpen/openAtLeast', message: 'cannot be more than the open actions that make the signal critical (criticalOpen)' }],
    });
    expect(thresholds(withDefaults({ thresholds: { retroActionsLeftOpen: { openAtLeast: 8, criticalOpen: 2 } } })).retroActionsLeftOpen).toEqual({ openAtLeast: 3, criticalOpen: 6 });
  });

  it('is named, and its thresholds labelled, on the page', () => {
    expect(signalName('retro-actions-left-open')).toBe('Retrospective actions left open');
    expect(signalIdOfThreshold('retroActionsLeftOpen')).toBe('retro-actions-left-open');
    expect(thresholdLabel('retroActionsLeftOpen', 'criticalOpen')).toBe('Open actions before the signal is critical');
  });

  it('is among the demo’s signal ids', () => {
    expect(SIGNAL_IDS).toContain('retro-actions-left-open');
  });

  it('counts against its area in the score when it could not be checked', () => {
    expect(healthScore({ signals: [], silent: [{ id: 'retro-actions-left-open', reason: 'no retrospectives' }] }).notChecked).toEqual([{ signalId: 'retro-actions-left-open', area: 'sprints' }]);
  });
});
