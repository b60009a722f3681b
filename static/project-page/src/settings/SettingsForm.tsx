/**
 * The Settings form for project administrators: the essentials first, then the signals, then the
 * rest folded away. Nothing is stored unless every value is valid (the server checks again); a
 * refused save puts an error summary beside Save, which takes the focus and links to each field
 * with a problem, opening its section. "Reset all to defaults" asks first, and fills the form with
 * the app's defaults (the people in each role stay) for the administrator to save.
 */
import { useMemo, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { ProjectSettings } from '../../../../src/domain/settings';
import type { PersonSummary } from '../../../../src/shared/api';
import { callResolver, ResolverError } from '../../../shared/api';
import { Notice } from '../../../shared/ui';
import { fromDraft, getAt, numberPaths, setAt, toDraft, type Draft } from '../settingsDraft';
import { acceptanceWayOf, type AcceptanceWay } from './acceptance';
import { EssentialSettings, FIELD_PATH, PATTERN_PATH } from './EssentialSettings';
import { ErrorSummary, type FieldProblem } from './ErrorSummary';
import { MORE_PATHS, MoreSettings } from './MoreSettings';
import { inFormOrder } from './labels';
import { messageAbout } from './percentages';
import { SignalSettings } from './SignalSettings';
import { SIGNAL_DECLARATIONS } from '../../../../src/signals/declarations';
import { thresholdKey } from '../../../../src/signals/declare';

export interface LoadedSettings {
  settings: ProjectSettings;
  defaults: ProjectSettings;
  version: number | null;
  canEdit: boolean;
  people: PersonSummary[];
  problem: string | null;
}

const NOT_SAVED = 'Some values need a change before the settings can be saved. Nothing was saved.';

function wayOf(draft: Draft): AcceptanceWay {
  return acceptanceWayOf(String(getAt(draft, FIELD_PATH) ?? ''), String(getAt(draft, PATTERN_PATH) ?? ''));
}

/** The signal whose threshold a path names, if it does. */
function signalOfPath(path: string): string | null {
  const key = /^\/thresholds\/([^/]+)\//.exec(path)?.[1];
  return SIGNAL_DECLARATIONS.find((signal) => thresholdKey(signal.id) === key)?.id ?? null;
}

export function SettingsForm({ loaded, onSaved }: { loaded: LoadedSettings; onSaved: (settings: ProjectSettings, version: number) => void }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(loaded.settings));
  const numeric = useMemo(() => numberPaths(loaded.settings), [loaded.settings]);
  const [way, setWay] = useState<AcceptanceWay>(() => wayOf(toDraft(loaded.settings)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ message: string; problems: FieldProblem[] } | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const [openSignals, setOpenSignals] = useState<ReadonlySet<string>>(new Set());
  const [moreOpen, setMoreOpen] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const askReset = useRef<HTMLButtonElement>(null);

  const update = (path: string, value: unknown) => {
    setSaved(false);
    setDraft((current) => setAt(current, path, value));
  };
  const setSignalOpen = (signalId: string, open: boolean) =>
    setOpenSignals((current) => {
      const next = new Set(current);
      if (open) next.add(signalId);
      else next.delete(signalId);
      return next;
    });
  /** Opens the section holding a setting, so its field can take the focus. */
  const reveal = (path: string) => {
    const signal = signalOfPath(path);
    if (signal) setSignalOpen(signal, true);
    if (MORE_PATHS.includes(path)) setMoreOpen(true);
  };

  const refuse = (message: string, problems: FieldProblem[]) => {
    const worded = inFormOrder(problems.map(({ path, message: said }) => ({ path, message: messageAbout(path, said) })));
    setErrors(Object.fromEntries(worded.map((problem) => [problem.path, problem.message])));
    worded.forEach((problem) => reveal(problem.path));
    setFailure({ message, problems: worded });
    setSummaryFocus((n) => n + 1);
  };

  const save = async () => {
    // The one check the server cannot make: "a field of their own" chosen, and no field named.
    if (way === 'field' && String(getAt(draft, FIELD_PATH) ?? '').trim() === '') {
      refuse(NOT_SAVED, [{ path: FIELD_PATH, message: 'name the field that holds the acceptance criteria, such as customfield_10050' }]);
      return;
    }
    setSaving(true);
    setSaved(false);
    try {
      // The version loaded: a save made after someone else's is refused ("settings-changed") and said beside Save.
      const answer = await callResolver('saveSettings', { settings: fromDraft(draft, numeric), version: loaded.version });
      setErrors({});
      setFailure(null);
      setDraft(toDraft(answer.settings));
      setSaved(true);
      onSaved(answer.settings, answer.version);
    } catch (error) {
      if (error instanceof ResolverError && error.fieldErrors.length > 0) refuse(NOT_SAVED, error.fieldErrors);
      else refuse(`The settings were not saved: ${error instanceof Error ? error.message : String(error)}`, []);
    } finally {
      setSaving(false);
    }
  };

  const closeResetQuestion = () => {
    setConfirmingReset(false);
    requestAnimationFrame(() => askReset.current?.focus());
  };
  const resetAll = () => {
    const defaults = setAt(toDraft(loaded.defaults), '/roles', getAt(draft, '/roles'));
    setDraft(defaults);
    setWay(wayOf(defaults));
    setErrors({});
    setFailure(null);
    setSaved(false);
    closeResetQuestion();
  };

  return (
    <form
      className="stack settings-form"
      data-testid="settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {loaded.problem ? (
        <div data-testid="settings-problem">
          <Notice title="The saved settings could not be read" appearance="warning">
            <p>{loaded.problem} The form shows the default settings until then.</p>
          </Notice>
        </div>
      ) : null}
      <EssentialSettings draft={draft} update={update} errors={errors} people={loaded.people} way={way} setWay={setWay} />
      <SignalSettings draft={draft} update={update} errors={errors} open={openSignals} setOpen={setSignalOpen} />
      <MoreSettings draft={draft} update={update} errors={errors} open={moreOpen} setOpen={setMoreOpen} />
      <div className="stack settings-footer">
        {failure ? <ErrorSummary message={failure.message} problems={failure.problems} focusKey={summaryFocus} reveal={reveal} /> : null}
        {confirmingReset ? (
          <div data-testid="reset-all-confirmation">
            <Notice title="Reset every setting to the app's defaults?" appearance="warning">
              <p>
                The form is filled with the defaults: the Definition of Ready, the horizons, every signal switched on with its default thresholds, and the rest. The
                people named in each role stay. Nothing is stored until you save.
              </p>
              <div className="row">
                {/* The question takes the focus; either answer gives it back to the button that asked. */}
                <Button appearance="warning" onClick={resetAll} autoFocus>
                  Reset all to defaults
                </Button>
                <Button appearance="subtle" onClick={() => closeResetQuestion()}>
                  Keep my settings
                </Button>
              </div>
            </Notice>
          </div>
        ) : null}
        <div className="row">
          <Button appearance="primary" type="submit" isDisabled={saving}>
            {saving ? 'Saving' : 'Save settings'}
          </Button>
          <Button ref={askReset} appearance="subtle" onClick={() => setConfirmingReset(true)} isDisabled={confirmingReset}>
            Reset all to defaults…
          </Button>
          {saved ? (
            <span role="status" data-testid="settings-saved">
              Saved. The report is being refreshed with the new settings.
            </span>
          ) : null}
        </div>
      </div>
    </form>
  );
}
