import { SETTINGS_SCHEMA, validateSettings, withDefaults } from '../../src/domain/settings-schema';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../src/domain/settings';

function changed(change: (s: ProjectSettings & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(DEFAULT_SETTINGS) as ProjectSettings & Record<string, unknown>;
  change(copy);
  return copy;
}

function errorsOf(input: unknown) {
  const result = validateSettings(input);
  if (result.ok) throw new Error('expected invalid settings');
  return result.errors;
}

describe('validateSettings', () => {
  it('accepts the defaults and returns them', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('a share outside 0..1', () => {
    expect(errorsOf(changed((s) => (s.thresholds.unfinishedSprints.reliabilityBelow = 1.5)))).toEqual([
      { path: '/thresholds/unfinishedSprints/reliabilityBelow', message: 'must be a number between 0 and 1' },
    ]);
  });

  it('a count that is not a whole number', () => {
    expect(errorsOf(changed((s) => (s.capacitySprints = 2.5)))).toEqual([{ path: '/capacitySprints', message: 'must be a whole number, 1 or more' }]);
  });

  it('text where a number belongs', () => {
    expect(errorsOf(changed((s) => ((s as Record<string, unknown>).horizonSprints = 'two')))).toEqual([
      { path: '/horizonSprints', message: 'must be a number greater than 0' },
    ]);
  });

  it('a missing setting and an unknown one', () => {
    const errors = errorsOf(
      changed((s) => {
        delete (s as Partial<ProjectSettings>).enabled;
        s.staleDayz = 10;
      }),
    );
    expect(errors).toEqual([
      { path: '/enabled', message: 'is missing' },
      { path: '/staleDayz', message: 'is not a setting this app knows; remove it or check its spelling' },
    ]);
  });

  it('a bad item in a list points at the item', () => {
    expect(errorsOf(changed((s) => ((s.technical.labels as unknown[]) = ['debt', 42])))).toEqual([
      { path: '/technical/labels/1', message: 'must be a label (text of 1 to 255 characters)' },
    ]);
  });

  it('switched-off signals: declared ids only, each once, none by default', () => {
    expect(DEFAULT_SETTINGS.switchedOffSignals).toEqual([]);
    expect(validateSettings(changed((s) => (s.switchedOffSignals = ['churning-priorities', 'absent-po']))).ok).toBe(true);
    expect(errorsOf(changed((s) => ((s.switchedOffSignals as string[]) = ['churning-priorities', 'churning-prioritys'])))).toEqual([
      { path: '/switchedOffSignals/1', message: 'must be the id of one of the app\'s signals, such as "unfinished-sprints"' },
    ]);
    expect(errorsOf(changed((s) => (s.switchedOffSignals = ['absent-po', 'absent-po'])))).toEqual([
      { path: '/switchedOffSignals', message: 'must be a list of signal ids, each named once' },
    ]);
  });

  it('an estimate in the Definition of Ready: needed, not needed, or empty (as the board estimates)', () => {
    expect(DEFAULT_SETTINGS.definitionOfReady.requireEstimate).toBeNull();
    expect(validateSettings(changed((s) => (s.definitionOfReady.requireEstimate = true))).ok).toBe(true);
    expect(errorsOf(changed((s) => ((s.definitionOfReady as Record<string, unknown>).requireEstimate = 'yes')))).toEqual([
      { path: '/definitionOfReady/requireEstimate', message: 'must be true (needed), false (not needed) or empty (as the board estimates)' },
    ]);
  });

  it('an empty maxShareOfSprint switches the check off, zero does not', () => {
    expect(validateSettings(changed((s) => (s.definitionOfReady.maxShareOfSprint = null))).ok).toBe(true);
    expect(errorsOf(changed((s) => (s.definitionOfReady.maxShareOfSprint = 0)))[0].path).toBe('/definitionOfReady/maxShareOfSprint');
  });

  it('reports several problems at once', () => {
    const errors = errorsOf(
      changed((s) => {
        s.enabled = 'yes' as unknown as boolean;
        s.thresholds.churningPriorities.top10OverlapBelow = -0.1;
      }),
    );
    expect(errors).toEqual([
      { path: '/enabled', message: 'must be true or false' },
      { path: '/thresholds/churningPriorities/top10OverlapBelow', message: 'must be a number between 0 and 1' },
    ]);
  });

  it('something that is not an object at all', () => {
    expect(errorsOf('hello')).toEqual([{ path: '', message: 'must be a group of settings (an object)' }]);
    expect(errorsOf(null)).toEqual([{ path: '', message: 'must be a group of settings (an object)' }]);
  });

  describe('cross-field checks', () => {
    it('interleavingBelow must be under interleavingAbove', () => {
      expect(errorsOf(changed((s) => (s.thresholds.separateTechPool.interleavingBelow = 0.8)))).toEqual([
        { path: '/thresholds/separateTechPool/interleavingBelow', message: 'must be lower than the upper interleaving limit (interleavingAbove)' },
      ]);
    });
    it('the description pattern must be a valid regular expression', () => {
      expect(errorsOf(changed((s) => (s.definitionOfReady.acceptanceCriteria.descriptionPattern = '(unclosed')))).toEqual([
        { path: '/definitionOfReady/acceptanceCriteria/descriptionPattern', message: 'is not a valid regular expression; check brackets and special characters' },
      ]);
    });
    it('"in N of the last M sprints" needs N ≤ M', () => {
      expect(errorsOf(changed((s) => (s.thresholds.unprotectedSprint.inSprints = 4)))).toEqual([
        { path: '/thresholds/unprotectedSprint/inSprints', message: 'cannot be more than the number of sprints looked at (ofLast)' },
      ]);
    });
    it('a critical count of sprints cannot exceed the sprints looked at', () => {
      expect(errorsOf(changed((s) => (s.thresholds.timeboxDrift.criticalLateSprints = 7)))).toEqual([
        { path: '/thresholds/timeboxDrift/criticalLateSprints', message: 'cannot be more than the number of sprints looked at (ofLast)' },
      ]);
      expect(errorsOf(changed((s) => (s.thresholds.doneReopened.criticalSprints = 7)))).toEqual([
        { path: '/thresholds/doneReopened/criticalSprints', message: 'cannot be more than the number of sprints looked at (ofLast)' },
      ]);
      expect(errorsOf(changed((s) => (s.thresholds.chronicCarryOver.criticalItems = 0)))).toEqual([
        { path: '/thresholds/chronicCarryOver/criticalItems', message: 'must be a whole number, 1 or more' },
      ]);
    });
    it('the near-term horizon cannot reach past distant work', () => {
      expect(errorsOf(changed((s) => (s.horizonSprints = 4)))[0].path).toBe('/horizonSprints');
    });
  });
});

describe('SETTINGS_SCHEMA', () => {
  it('lists every top-level setting as required', () => {
    expect([...(SETTINGS_SCHEMA.required as string[])].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('withDefaults', () => {
  it('gives the defaults for nothing, or for something that is not an object', () => {
    expect(withDefaults(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('deep-merges a partial object, replacing lists whole', () => {
    const merged = withDefaults({ staleDays: 90, technical: { labels: ['ops'] }, thresholds: { frozenBacklog: { noRerankDays: 45 } } });
    expect(merged.staleDays).toBe(90);
    expect(merged.technical.labels).toEqual(['ops']);
    expect(merged.technical.issueTypes).toEqual(DEFAULT_SETTINGS.technical.issueTypes);
    expect(merged.thresholds.frozenBacklog).toEqual({ noRerankDays: 45, createdAtLeast: 10 });
    expect(merged.thresholds.committeeOrdering).toEqual(DEFAULT_SETTINGS.thresholds.committeeOrdering);
  });

  it('drops unknown keys and puts invalid values back to their defaults', () => {
    const merged = withDefaults({
      extra: true,
      capacitySprints: -3,
      roles: { productOwners: ['acc-1', ''] },
      thresholds: { separateTechPool: { interleavingBelow: 0.9 } },
      definitionOfReady: { acceptanceCriteria: { descriptionPattern: '[' } },
    });
    expect(validateSettings(merged).ok).toBe(true);
    expect(merged).not.toHaveProperty('extra');
    expect(merged.capacitySprints).toBe(5);
    expect(merged.roles.productOwners).toEqual([]);
    expect(merged.thresholds.separateTechPool.interleavingBelow).toBe(0.2);
    expect(merged.definitionOfReady.acceptanceCriteria.descriptionPattern).toBe(DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria.descriptionPattern);
  });

  it("replaces an earlier version's default acceptance pattern, and keeps a pattern the team wrote", () => {
    const stored = { definitionOfReady: { acceptanceCriteria: { descriptionPattern: '(acceptance criteria|given .+ when .+ then)' } } };
    expect(withDefaults(stored).definitionOfReady.acceptanceCriteria.descriptionPattern).toBe(DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria.descriptionPattern);
    const own = { definitionOfReady: { acceptanceCriteria: { descriptionPattern: '^AC:' } } };
    expect(withDefaults(own).definitionOfReady.acceptanceCriteria.descriptionPattern).toBe('^AC:');
  });

  it('gives settings saved before the critical thresholds existed their defaults, and mends a critical count above ofLast', () => {
    const older = withDefaults({ thresholds: { timeboxDrift: { lateWorkingDays: 2, lengthSpreadWorkingDays: 2, ofLast: 4 }, chronicCarryOver: { minSprints: 4 } } });
    expect(older.thresholds.timeboxDrift).toEqual({ lateWorkingDays: 2, lengthSpreadWorkingDays: 2, ofLast: 4, criticalLateSprints: 3 });
    expect(older.thresholds.chronicCarryOver).toEqual({ minSprints: 4, criticalItems: 3 });
    const tooMany = withDefaults({ thresholds: { doneReopened: { minItems: 2, ofLast: 2, criticalSprints: 5 } } });
    expect(tooMany.thresholds.doneReopened).toEqual({ minItems: 2, ofLast: 6, criticalSprints: 3 });
    expect(tooMany.thresholds.timeboxDrift).toEqual(DEFAULT_SETTINGS.thresholds.timeboxDrift); // nothing else reset
  });

  it('does not share objects with DEFAULT_SETTINGS', () => {
    const merged = withDefaults({});
    merged.technical.labels.push('changed');
    expect(DEFAULT_SETTINGS.technical.labels).not.toContain('changed');
  });
});
