/**
 * What a Product Owner sets first: the people in each role, the Definition of Ready (with the way
 * the team writes acceptance criteria, the raw pattern only for "my own pattern") and the horizons.
 */
import type { PersonSummary } from '../../../../src/shared/api';
import { getAt, type Draft } from '../settingsDraft';
import { CheckField, ChoiceField, PeoplePicker, TextField } from '../tabs/settingsFields';
import { ACCEPTANCE_WAYS, settingsOfWay, type AcceptanceWay } from './acceptance';
import { ESTIMATE_CHOICES, SETTING_LABEL } from './labels';

export const FIELD_PATH = '/definitionOfReady/acceptanceCriteria/fieldId';
export const PATTERN_PATH = '/definitionOfReady/acceptanceCriteria/descriptionPattern';
const ESTIMATE_PATH = '/definitionOfReady/requireEstimate';
export const WAY_PATH = '/definitionOfReady/acceptanceCriteria/way';

export interface EssentialSettingsProps {
  draft: Draft;
  update: (path: string, value: unknown) => void;
  errors: Record<string, string>;
  people: PersonSummary[];
  way: AcceptanceWay;
  setWay: (way: AcceptanceWay) => void;
}

export function EssentialSettings({ draft, update, errors, people, way, setWay }: EssentialSettingsProps) {
  const field = (path: string) => ({ path, label: SETTING_LABEL[path], draft, update, error: errors[path] });
  const chooseWay = (chosen: AcceptanceWay) => {
    const next = settingsOfWay(chosen, String(getAt(draft, FIELD_PATH) ?? ''), String(getAt(draft, PATTERN_PATH) ?? ''));
    update(FIELD_PATH, next.fieldId);
    update(PATTERN_PATH, next.pattern);
    setWay(chosen);
  };
  const criteriaRequired = getAt(draft, '/definitionOfReady/acceptanceCriteria/required') === true;
  return (
    <section className="stack" aria-labelledby="essentials-heading" data-testid="essential-settings">
      <h2 className="section" id="essentials-heading">
        The essentials
      </h2>
      <fieldset>
        <legend>People in each role</legend>
        <div className="grid-2">
          <PeoplePicker {...field('/roles/productOwners')} people={people} />
          <PeoplePicker {...field('/roles/scrumMasters')} people={people} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Definition of Ready: a near-term item is ready when</legend>
        <ChoiceField
          label={SETTING_LABEL[ESTIMATE_PATH]}
          path={ESTIMATE_PATH}
          value={(getAt(draft, ESTIMATE_PATH) ?? null) as boolean | null}
          onChoose={(value) => update(ESTIMATE_PATH, value)}
          error={errors[ESTIMATE_PATH]}
          choices={[...ESTIMATE_CHOICES]}
        />
        <CheckField {...field('/definitionOfReady/requireDescription')} />
        <CheckField {...field('/definitionOfReady/acceptanceCriteria/required')} />
        {criteriaRequired ? (
          <div className="indented">
            <ChoiceField label={SETTING_LABEL[WAY_PATH]} path={WAY_PATH} value={way} onChoose={chooseWay} choices={ACCEPTANCE_WAYS.map(({ way: value, label }) => ({ value, label }))} />
            {way === 'field' ? <TextField {...field(FIELD_PATH)} /> : null}
            {way === 'own' ? <TextField {...field(PATTERN_PATH)} /> : null}
          </div>
        ) : null}
        <CheckField {...field('/definitionOfReady/requireNotBlocked')} />
        <CheckField {...field('/definitionOfReady/requireNotFlagged')} />
        <TextField {...field('/definitionOfReady/maxShareOfSprint')} unit="%" hint="Empty: no limit. 50% is half a sprint." />
      </fieldset>
      <fieldset>
        <legend>Horizons</legend>
        <div className="grid-2">
          <TextField {...field('/horizonSprints')} hint="The near-term items, which should be ready." />
          <TextField {...field('/distantBeyondSprints')} hint="Items this far down should not carry detailed work yet." />
        </div>
      </fieldset>
    </section>
  );
}
