/**
 * Settings: the people in each role, the Definition of Ready, the horizons, the signals (on or off,
 * and their thresholds) and the rest. Project administrators get the form (settings/SettingsForm.tsx;
 * the server checks again that they may save); everyone else reads the settings as text
 * (settings/ReadOnlySettings.tsx).
 */
import { useEffect, useState } from 'react';
import { callResolver } from '../../../shared/api';
import { ErrorState, LoadingState, Notice } from '../../../shared/ui';
import { ReadOnlySettings } from '../settings/ReadOnlySettings';
import { SettingsForm, type LoadedSettings } from '../settings/SettingsForm';

export function SettingsTab({ onSaved }: { onSaved: () => void }) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
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
  return (
    <div className="stack" data-testid="settings">
      {loaded.canEdit ? (
        <SettingsForm
          loaded={loaded}
          onSaved={(settings, version) => {
            setLoaded({ ...loaded, settings, version, problem: null });
            onSaved();
          }}
        />
      ) : (
        <>
          <Notice title="Read only">
            <p>Only administrators of this project can change these settings. Here is how they are set.</p>
          </Notice>
          {loaded.problem ? (
            <div data-testid="settings-problem">
              <Notice title="The saved settings could not be read" appearance="warning">
                <p>{loaded.problem} These are the default settings until then.</p>
              </Notice>
            </div>
          ) : null}
          <ReadOnlySettings settings={loaded.settings} people={loaded.people} />
        </>
      )}
    </div>
  );
}
