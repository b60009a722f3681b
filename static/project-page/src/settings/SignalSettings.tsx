/**
 * The signals, by score area: each with its name and an on/off switch (a signal switched off is not
 * checked and leaves the score alone), its thresholds on request, and "Reset to default" once
 * anything of it differs from its declaration. Names, labels and defaults come from the signals'
 * declarations (src/signals/<id>/declaration.ts); shares are asked for as percentages.
 */
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { SIGNAL_DECLARATIONS } from '../../../../src/signals/declarations';
import { thresholdKey, type SignalDeclaration } from '../../../../src/signals/declare';
import { AREA_NAME } from '../../../../src/vocabulary';
import { getAt, type Draft } from '../settingsDraft';
import { SwitchField, TextField } from '../tabs/settingsFields';
import { isPercentSetting, shareAsPercentText } from './percentages';

export interface SignalSettingsProps {
  draft: Draft;
  update: (path: string, value: unknown) => void;
  errors: Record<string, string>;
  /** Signals whose thresholds are shown. */
  open: ReadonlySet<string>;
  setOpen: (signalId: string, open: boolean) => void;
}

/** The order the areas are listed in, here and in the read-only view. */
export const SETTINGS_AREAS = ['sprints', 'roles', 'backlog', 'flow'] as const;

/** A threshold's default as the form holds it (a percentage for a share). */
function defaultText(path: string, value: number): string {
  return isPercentSetting(path) ? shareAsPercentText(value) : String(value);
}

export const SWITCHED_OFF_PATH = '/switchedOffSignals';

/** The signals switched off in the draft. */
export function switchedOff(draft: Draft): string[] {
  const list = getAt(draft, SWITCHED_OFF_PATH);
  return Array.isArray(list) ? (list as string[]) : [];
}

/** The path of each of a signal's thresholds, with its declaration. */
export function thresholdPaths(signal: SignalDeclaration) {
  return Object.entries(signal.thresholds).map(([name, threshold]) => ({ name, threshold, path: `/thresholds/${thresholdKey(signal.id)}/${name}` }));
}

export function SignalSettings({ draft, update, errors, open, setOpen }: SignalSettingsProps) {
  const off = switchedOff(draft);
  return (
    <section className="stack" aria-labelledby="signals-heading" data-testid="signal-settings">
      <h2 className="section" id="signals-heading">
        Signals
      </h2>
      <p className="muted">
        Switch off a signal the team does not want checked: it is not checked and leaves the score alone. Open its thresholds to change when it shows.
      </p>
      {SETTINGS_AREAS.map((area) => (
        <div key={area}>
          <h3 className="signal-area">{AREA_NAME[area]}</h3>
          <ul className="plain signal-settings">
            {SIGNAL_DECLARATIONS.filter((signal) => signal.area === area).map((signal) => {
              const thresholds = thresholdPaths(signal);
              const on = !off.includes(signal.id);
              const differs = !on || thresholds.some(({ path, threshold }) => String(getAt(draft, path)).trim() !== defaultText(path, threshold.default));
              const isOpen = open.has(signal.id);
              const panelId = `signal-thresholds-${signal.id}`;
              const reset = () => {
                for (const { path, threshold } of thresholds) update(path, defaultText(path, threshold.default));
                if (!on) update(SWITCHED_OFF_PATH, off.filter((id) => id !== signal.id));
              };
              return (
                <li key={signal.id} className="signal-setting" data-signal={signal.id}>
                  <div className="row">
                    <SwitchField
                      id={`signal-on-${signal.id}`}
                      label={signal.name}
                      isChecked={on}
                      onChange={(checked) => update(SWITCHED_OFF_PATH, checked ? off.filter((id) => id !== signal.id) : [...off, signal.id])}
                    />
                    {!on ? <Lozenge>Switched off</Lozenge> : differs ? <Lozenge appearance="inprogress">Own thresholds</Lozenge> : null}
                    <span className="row push-right">
                      {thresholds.length > 0 ? (
                        <Button appearance="subtle" aria-expanded={isOpen} aria-controls={panelId} aria-label={`Thresholds of ${signal.name}`} onClick={() => setOpen(signal.id, !isOpen)}>
                          Thresholds
                        </Button>
                      ) : null}
                      {differs ? (
                        <Button appearance="subtle" aria-label={`Reset to default: ${signal.name}`} onClick={reset}>
                          Reset to default
                        </Button>
                      ) : null}
                    </span>
                  </div>
                  {isOpen ? (
                    <div id={panelId} className="grid-2 signal-thresholds">
                      {thresholds.map(({ name, threshold, path }) => (
                        <TextField
                          key={name}
                          label={threshold.label}
                          unit={isPercentSetting(path) ? '%' : undefined}
                          path={path}
                          draft={draft}
                          update={update}
                          error={errors[path]}
                        />
                      ))}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
