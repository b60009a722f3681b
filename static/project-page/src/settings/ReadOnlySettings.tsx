/**
 * The settings as text, for people who may read but not change them: the same sections as the
 * form, each setting named as there and its value in words (percentages as every page shows them,
 * people by name). No inputs, so nothing looks editable or greyed out.
 */
import type { ReactNode } from 'react';
import type { ProjectSettings } from '../../../../src/domain/settings';
import type { PersonSummary } from '../../../../src/shared/api';
import { SIGNAL_DECLARATIONS } from '../../../../src/signals/declarations';
import { AREA_NAME, listInWords, percent } from '../../../../src/vocabulary';
import { getAt } from '../settingsDraft';
import { ACCEPTANCE_WAYS, acceptanceWayOf } from './acceptance';
import { ESTIMATE_CHOICES, SETTING_LABEL } from './labels';
import { isPercentSetting } from './percentages';
import { SETTINGS_AREAS, thresholdPaths } from './SignalSettings';

const yesNo = (value: unknown) => (value === true ? 'Yes' : 'No');

function Line({ path, label, children }: { path: string; label?: string; children: ReactNode }) {
  return (
    <div data-setting={path}>
      <dt>{label ?? SETTING_LABEL[path]}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A number as the pages show it: a share as a percentage. */
function shown(path: string, value: unknown): string {
  if (typeof value !== 'number') return value === null ? 'no limit' : String(value);
  return isPercentSetting(path) ? percent(value) : String(value);
}

export function ReadOnlySettings({ settings, people }: { settings: ProjectSettings; people: PersonSummary[] }) {
  const nameOf = (accountId: string) => people.find((person) => person.accountId === accountId)?.displayName ?? `someone Jira did not name (${accountId})`;
  const names = (ids: string[]) => (ids.length === 0 ? 'nobody named' : listInWords(ids.map(nameOf)));
  const criteria = settings.definitionOfReady.acceptanceCriteria;
  const way = acceptanceWayOf(criteria.fieldId ?? '', criteria.descriptionPattern);
  const at = (path: string) => getAt(settings, path);
  const off = new Set<string>(settings.switchedOffSignals);
  return (
    <div className="stack readable-settings" data-testid="settings-readable">
      <section aria-labelledby="essentials-heading">
        <h2 className="section" id="essentials-heading">
          The essentials
        </h2>
        <dl className="figures">
          <Line path="/roles/productOwners">{names(settings.roles.productOwners)}</Line>
          <Line path="/roles/scrumMasters">{names(settings.roles.scrumMasters)}</Line>
          <Line path="/definitionOfReady/requireEstimate">{ESTIMATE_CHOICES.find((choice) => choice.value === settings.definitionOfReady.requireEstimate)?.label}</Line>
          {['/definitionOfReady/requireDescription', '/definitionOfReady/acceptanceCriteria/required'].map((path) => (
            <Line key={path} path={path}>
              {yesNo(at(path))}
            </Line>
          ))}
          {criteria.required ? (
            <Line path="/definitionOfReady/acceptanceCriteria/way">
              {ACCEPTANCE_WAYS.find((w) => w.way === way)?.label}
              {way === 'field' ? `: ${criteria.fieldId}` : null}
              {way === 'own' ? (
                <>
                  : <code>{criteria.descriptionPattern}</code>
                </>
              ) : null}
            </Line>
          ) : null}
          {['/definitionOfReady/requireNotBlocked', '/definitionOfReady/requireNotFlagged'].map((path) => (
            <Line key={path} path={path}>
              {yesNo(at(path))}
            </Line>
          ))}
          {['/definitionOfReady/maxShareOfSprint', '/horizonSprints', '/distantBeyondSprints'].map((path) => (
            <Line key={path} path={path}>
              {shown(path, at(path))}
            </Line>
          ))}
        </dl>
      </section>
      <section aria-labelledby="signals-heading">
        <h2 className="section" id="signals-heading">
          Signals
        </h2>
        {SETTINGS_AREAS.map((area) => (
          <div key={area}>
            <h3 className="signal-area">{AREA_NAME[area]}</h3>
            <ul className="plain signal-settings">
              {SIGNAL_DECLARATIONS.filter((signal) => signal.area === area).map((signal) => (
                <li key={signal.id} className="signal-setting" data-signal={signal.id}>
                  <strong>{signal.name}</strong>: {off.has(signal.id) ? 'switched off (not checked, not in the score)' : 'checked'}
                  {Object.keys(signal.thresholds).length > 0 ? (
                    <dl className="figures">
                      {thresholdPaths(signal).map(({ name, threshold, path }) => (
                        <Line key={name} path={path} label={threshold.label}>
                          {shown(path, at(path))}
                        </Line>
                      ))}
                    </dl>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="more-heading">
        <h2 className="section" id="more-heading">
          More settings
        </h2>
        <dl className="figures">
          <Line path="/enabled">{yesNo(settings.enabled)}</Line>
          {(['issueTypes', 'labels', 'components'] as const).map((kind) => (
            <Line key={kind} path={`/technical/${kind}`}>
              {settings.technical[kind].length === 0 ? 'none' : settings.technical[kind].join(', ')}
            </Line>
          ))}
          <Line path="/flow/inProgressColumns">{settings.flow.inProgressColumns.length === 0 ? 'none' : settings.flow.inProgressColumns.join(', ')}</Line>
          {['/capacitySprints', '/trendSprints', '/staleDays', '/longAcceptanceCriteriaChars'].map((path) => (
            <Line key={path} path={path}>
              {shown(path, at(path))}
            </Line>
          ))}
        </dl>
      </section>
    </div>
  );
}
