/**
 * Settings: Definition of Ready, thresholds, technical classification and the people in each role.
 * Only project administrators can save (the server checks again); invalid values are explained next to
 * their field, and nothing is stored unless every value is valid.
 */
import { useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { ProjectSettings } from '../../../../src/domain/settings';
import type { PersonSummary } from '../../../../src/shared/api';
import { callResolver, ResolverError } from '../../../shared/api';
import { ErrorState, LoadingState, Notice } from '../../../shared/ui';
import { fromDraft, numberPaths, setAt, toDraft, words, type Draft } from '../settingsDraft';
import { CheckField, ChoiceField, PeoplePicker, TextField } from './settingsFields';
import { signalIdOfThreshold, signalName, thresholdLabel } from '../../../shared/signal-labels';

type Loaded = { settings: ProjectSettings; version: number | null; canEdit: boolean; people: PersonSummary[]; problem: string | null };

export function SettingsTab({ onSaved }: { onSaved: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    callResolver('getSettings', {})
      .then((answer) => alive && setLoaded(answer))
      .catch((error: Error) => alive && setLoadError(error.message));
    return () => {
      alive = false;
    };
  }, [attempt]);

  const retry = () => {
    setLoadError(null);
    setAttempt((n) => n + 1);
  };
  if (loadError) return <ErrorState title="The settings could not be loaded" message={loadError} onRetry={retry} />;
  if (!loaded) return <LoadingState label="Loading the settings" />;
  return <SettingsForm loaded={loaded} onSaved={(settings, version) => { setLoaded({ ...loaded, settings, version, problem: null }); onSaved(); }} />;
}

function SettingsForm({ loaded, onSaved }: { loaded: Loaded; onSaved: (settings: ProjectSettings, version: number) => void }) {
  const { canEdit, people } = loaded;
  const [draft, setDraft] = useState<Draft>(() => toDraft(loaded.settings));
  const numeric = useMemo(() => numberPaths(loaded.settings), [loaded.settings]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const update = (path: string, value: unknown) => {
    setSaved(false);
    setDraft((current) => setAt(current, path, value));
  };

  const save = async () => {
    setSaving(true);
    setFormError(null);
    setSaved(false);
    try {
      // The version loaded: a save made after someone else's is refused ("settings-changed") and said below.
      const answer = await callResolver('saveSettings', { settings: fromDraft(draft, numeric), version: loaded.version });
      setErrors({});
      setDraft(toDraft(answer.settings));
      setSaved(true);
      onSaved(answer.settings, answer.version);
    } catch (error) {
      if (error instanceof ResolverError && error.fieldErrors.length > 0) {
        setErrors(Object.fromEntries(error.fieldErrors.map((item) => [item.path, item.message])));
        setFormError('Some values need a change before the settings can be saved. Nothing was saved.');
      } else {
        setErrors({});
        setFormError(`The settings were not saved: ${error instanceof Error ? error.message : String(error)}`);
      }
    } finally {
      setSaving(false);
    }
  };

  const shownPaths = new Set<string>();
  const field = (path: string) => {
    shownPaths.add(path);
    return { path, draft, update, error: errors[path], disabled: !canEdit };
  };
  const thresholds = loaded.settings.thresholds as unknown as Record<string, Record<string, number>>;

  const form = (
    <form
      className="stack"
      data-testid="settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (canEdit) void save();
      }}
    >
      {loaded.problem ? (
        <div data-testid="settings-problem">
          <Notice title="The saved settings could not be read" appearance="warning">
            <p>{loaded.problem} The form shows the default settings until then.</p>
          </Notice>
        </div>
      ) : null}
      {!canEdit ? (
        <Notice title="Read only">
          <p>Only administrators of this project can change these settings. You can read them here.</p>
        </Notice>
      ) : null}
      <fieldset>
        <legend>People in each role</legend>
        <PeoplePicker label="Product Owner" {...field('/roles/productOwners')} people={people} />
        <PeoplePicker label="Scrum Master" {...field('/roles/scrumMasters')} people={people} />
        <CheckField
          label='Refresh this project every night, and with "Refresh all" on the portfolio page. When off, the portfolio still lists it, marked as not refreshed nightly.'
          {...field('/enabled')}
        />
      </fieldset>
      <fieldset>
        <legend>Definition of Ready</legend>
        <ChoiceField
          label="An item needs an estimate"
          choices={[
            { value: null, label: 'As the board estimates (when its configuration names an estimation field)' },
            { value: true, label: 'Yes' },
            { value: false, label: 'No' },
          ]}
          {...field('/definitionOfReady/requireEstimate')}
        />
        <CheckField label="An item needs a description" {...field('/definitionOfReady/requireDescription')} />
        <CheckField label="An item needs acceptance criteria" {...field('/definitionOfReady/acceptanceCriteria/required')} />
        <TextField label="Field holding acceptance criteria (custom field id; empty to search the description)" {...field('/definitionOfReady/acceptanceCriteria/fieldId')} />
        <TextField label="Pattern that marks acceptance criteria in the description" {...field('/definitionOfReady/acceptanceCriteria/descriptionPattern')} />
        <CheckField label="An item must not be blocked by an open issue" {...field('/definitionOfReady/requireNotBlocked')} />
        <CheckField label="An item must not be flagged" {...field('/definitionOfReady/requireNotFlagged')} />
        <TextField label="Largest estimate, as a share of one sprint's capacity (0.5 = half; empty to skip)" {...field('/definitionOfReady/maxShareOfSprint')} />
      </fieldset>
      <fieldset>
        <legend>Technical work (comma-separated, case does not matter)</legend>
        <TextField label="Issue types" {...field('/technical/issueTypes')} />
        <TextField label="Labels" {...field('/technical/labels')} />
        <TextField label="Components" {...field('/technical/components')} />
      </fieldset>
      <fieldset>
        <legend>Horizons and windows</legend>
        <div className="grid-2">
          <TextField label="Near-term horizon, in sprints" {...field('/horizonSprints')} />
          <TextField label="Distant work starts beyond, in sprints" {...field('/distantBeyondSprints')} />
          <TextField label="Closed sprints used for capacity" {...field('/capacitySprints')} />
          <TextField label="Closed sprints shown in trends" {...field('/trendSprints')} />
          <TextField label="Days untouched before an item is stale" {...field('/staleDays')} />
          <TextField label="Characters of acceptance criteria that count as detailed" {...field('/longAcceptanceCriteriaChars')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Signal thresholds (shares are written from 0 to 1)</legend>
        {Object.entries(thresholds).map(([signal, params]) => (
          <div key={signal}>
            <h3>{signalName(signalIdOfThreshold(signal))}</h3>
            <div className="grid-2">
              {Object.keys(params).map((param) => (
                <TextField key={param} label={thresholdLabel(signal, param) ?? words(param)} {...field(`/thresholds/${signal}/${param}`)} />
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      {canEdit ? (
        <div className="row">
          <Button appearance="primary" type="submit" isDisabled={saving}>
            {saving ? 'Saving' : 'Save settings'}
          </Button>
          {saved ? (
            <span role="status" data-testid="settings-saved">
              Saved. The report is being refreshed with the new settings.
            </span>
          ) : null}
        </div>
      ) : null}
    </form>
  );

  const otherErrors = Object.entries(errors).filter(([path]) => !shownPaths.has(path));
  return (
    <div className="stack" data-testid="settings">
      {formError ? (
        <div role="alert" data-testid="settings-error">
          <Notice title="Settings not saved" appearance="warning">
            <p>{formError}</p>
            {otherErrors.length > 0 ? (
              <ul>
                {otherErrors.map(([path, message]) => (
                  <li key={path}>
                    {path || 'settings'}: {message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Notice>
        </div>
      ) : null}
      {form}
    </div>
  );
}
