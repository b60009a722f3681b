/**
 * The Settings form's fields: text (with its unit), checkbox, a choice of a few values, an on/off
 * switch and the people picker, each with its error next to it. Every field's focusable element has
 * the id `fieldId(path)`, so the error summary can link to it.
 */
import { useState, type ReactNode } from 'react';
import Checkbox from '@atlaskit/checkbox';
import Select, { AsyncSelect } from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import Toggle from '@atlaskit/toggle';
import type { PersonSummary } from '../../../../src/shared/api';
import { callResolver } from '../../../shared/api';
import { getAt, type Draft } from '../settingsDraft';

export type FieldProps = { label: string; path: string; draft: Draft; update: (path: string, value: unknown) => void; error?: string };

/** The id of the element a setting's field focuses: "/thresholds/absentPo/days" gives "setting-thresholds-absentPo-days". */
export function fieldId(path: string): string {
  return `setting${path.replace(/\//g, '-')}`;
}

const errorId = (path: string) => `${fieldId(path)}-error`;

function FieldError({ path, error }: { path: string; error?: string }) {
  return error ? (
    <div className="field-error" id={errorId(path)} data-error-for={path}>
      {error}
    </div>
  ) : null;
}

/** A text field; `unit` ("%", "sprints") is shown after the value and said with the label. */
export function TextField({ label, path, draft, update, error, unit, hint }: FieldProps & { unit?: string; hint?: ReactNode }) {
  const id = fieldId(path);
  const value = getAt(draft, path);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {unit ? <span className="visually-hidden"> ({unit === '%' ? 'percent' : unit})</span> : null}
      </label>
      {hint ? (
        <div className="muted" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <Textfield
        id={id}
        name={path}
        value={typeof value === 'string' ? value : String(value ?? '')}
        isInvalid={Boolean(error)}
        aria-describedby={[hint ? `${id}-hint` : '', error ? errorId(path) : ''].filter(Boolean).join(' ') || undefined}
        elemAfterInput={unit ? <span className="unit" aria-hidden="true">{unit}</span> : undefined}
        onChange={(event) => update(path, (event.target as HTMLInputElement).value)}
      />
      <FieldError path={path} error={error} />
    </div>
  );
}

export function CheckField({ label, path, draft, update, error }: FieldProps) {
  return (
    <div className="check-field">
      <Checkbox
        id={fieldId(path)}
        label={label}
        name={path}
        isChecked={getAt(draft, path) === true}
        isInvalid={Boolean(error)}
        onChange={(event) => update(path, event.target.checked)}
      />
      <FieldError path={path} error={error} />
    </div>
  );
}

/** One of a few values (true, false, null, a word...), each with its words. */
export function ChoiceField<V>({ label, path, value, onChoose, error, choices }: { label: string; path: string; value: V; onChoose: (value: V) => void; error?: string; choices: { value: V; label: string }[] }) {
  const id = fieldId(path);
  const options = choices.map((choice, index) => ({ value: String(index), label: choice.label }));
  const current = choices.findIndex((choice) => choice.value === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Select
        inputId={id}
        options={options}
        value={current >= 0 ? options[current] : null}
        isSearchable={false}
        onChange={(chosen) => chosen && onChoose(choices[Number(chosen.value)].value)}
      />
      <FieldError path={path} error={error} />
    </div>
  );
}

/** An on/off switch with its label beside it. */
export function SwitchField({ id, label, isChecked, onChange }: { id: string; label: string; isChecked: boolean; onChange: (on: boolean) => void }) {
  return (
    <span className="switch">
      <Toggle id={id} isChecked={isChecked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}

type PersonOption = { value: string; label: string };

/**
 * Pick people by name: the people the project already knows are offered at once, and typing searches
 * Jira's users (administrators only), so someone with no activity on the board can be named too.
 */
export function PeoplePicker({ label, path, draft, update, error, people }: FieldProps & { people: PersonSummary[] }) {
  const id = fieldId(path);
  const [names, setNames] = useState<Map<string, string>>(() => new Map(people.map((person) => [person.accountId, person.displayName])));
  const [searchFailed, setSearchFailed] = useState<string | null>(null);
  const selected = (getAt(draft, path) as string[] | undefined) ?? [];
  const known = people.map((person) => ({ value: person.accountId, label: person.displayName }));
  const value = selected.map((accountId) => ({ value: accountId, label: names.get(accountId) ?? `Someone Jira did not name (${accountId})` }));

  const search = async (query: string): Promise<PersonOption[]> => {
    if (query.trim() === '') return known;
    try {
      const answer = await callResolver('searchPeople', { query: query.trim() });
      setSearchFailed(null);
      setNames((current) => new Map([...current, ...answer.people.map((person) => [person.accountId, person.displayName] as const)]));
      return answer.people.map((person) => ({ value: person.accountId, label: person.displayName }));
    } catch (failure) {
      setSearchFailed(failure instanceof Error ? failure.message : String(failure));
      return [];
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <AsyncSelect<PersonOption, true>
        inputId={id}
        isMulti
        defaultOptions={known}
        loadOptions={search}
        cacheOptions
        value={value}
        placeholder="Type a name to search Jira"
        noOptionsMessage={({ inputValue }) => (inputValue.trim() === '' ? 'Type a name to search Jira' : `Nobody in Jira matches "${inputValue}"`)}
        onChange={(chosen) => update(path, (chosen ?? []).map((option) => option.value))}
      />
      {searchFailed ? <div className="field-error">The search did not work: {searchFailed}</div> : null}
      <FieldError path={path} error={error} />
    </div>
  );
}
