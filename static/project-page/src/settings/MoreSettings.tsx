/** The settings a team changes rarely, folded away: the nightly refresh, what counts as technical work and as in progress, and the windows. */
import Button from '@atlaskit/button/new';
import type { Draft } from '../settingsDraft';
import { CheckField, TextField } from '../tabs/settingsFields';
import { SETTING_LABEL } from './labels';

/** The settings of this section, so the form can open it when one of them has a problem. */
export const MORE_PATHS = [
  '/enabled',
  '/technical/issueTypes',
  '/technical/labels',
  '/technical/components',
  '/flow/inProgressColumns',
  '/capacitySprints',
  '/trendSprints',
  '/staleDays',
  '/longAcceptanceCriteriaChars',
];

export interface MoreSettingsProps {
  draft: Draft;
  update: (path: string, value: unknown) => void;
  errors: Record<string, string>;
  open: boolean;
  setOpen: (open: boolean) => void;
}

export function MoreSettings({ draft, update, errors, open, setOpen }: MoreSettingsProps) {
  const field = (path: string) => ({ path, label: SETTING_LABEL[path], draft, update, error: errors[path] });
  return (
    <section className="stack" aria-labelledby="more-heading">
      <div className="row">
        <h2 className="section" id="more-heading">
          More settings
        </h2>
        <Button appearance="subtle" aria-expanded={open} aria-controls="more-settings" onClick={() => setOpen(!open)}>
          {open ? 'Hide them' : 'Show them'}
        </Button>
      </div>
      <p className="muted">The nightly refresh, what counts as technical work and as work in progress, and how far back the figures look.</p>
      {open ? (
        <div id="more-settings" className="stack">
          <CheckField {...field('/enabled')} />
          <fieldset>
            <legend>Technical work (names separated by commas; case does not matter)</legend>
            <TextField {...field('/technical/issueTypes')} />
            <TextField {...field('/technical/labels')} />
            <TextField {...field('/technical/components')} />
          </fieldset>
          <fieldset>
            <legend>Flow (names separated by commas; case does not matter)</legend>
            <TextField {...field('/flow/inProgressColumns')} />
          </fieldset>
          <fieldset>
            <legend>Windows</legend>
            <div className="grid-2">
              <TextField {...field('/capacitySprints')} />
              <TextField {...field('/trendSprints')} />
              <TextField {...field('/staleDays')} />
              <TextField {...field('/longAcceptanceCriteriaChars')} />
            </div>
          </fieldset>
        </div>
      ) : null}
    </section>
  );
}
