/** The Settings form's fields: text, checkbox, a choice of a few values and people picker, each with its error next to it. */
import { useState } from 'react';
import Checkbox from '@atlaskit/checkbox';
import Select, { AsyncSelect } from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { PersonSummary } from '../../../../src/shared/api';
import { callResolver } from '../../../shared/api';
import { getAt, type Draft } from '../settingsDraft';

export type FieldProps = { label: string; path: string; draft: Draft; update: (path: string, value: unknown) => void; error?: string; disabled: boolean };

const idOf = (path: string) => `setting${path.replace(/\//g, '-')}`;

function FieldError({ path, error }: { path: string; error?: string }) {
  return error ? (
    <div className="field-error" id={`${idOf(path)}-error`} data-error-for={path}>
      {error}
    </div>
  ) : null;
}

export function TextField({ label, path, draft, update, error, disabled }: FieldProps) {
  const id = idOf(path);
  const value = getAt(draft, path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Textfield
        id={id}
        name={path}
        value={typeof value === 'string' ? value : String(value ?? '')}
        isDisabled={disabled}
        isInvalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => update(path, (event.target as HTMLInputElement).value)}
      />
      <FieldError path={path} error={error} />
    </div>
  );
}

export function CheckField({ label, path, draft, update, error, disabled }: FieldProps) {
  return (
    <div className="field">
      <Checkbox
        label={label}
        name={path}
        isChecked={getAt(draft, path) === true}
        isDisabled={disabled}
        isInvalid={Boolean(error)}
        onChange={(event) => update(path, event.target.checked)}
      />
      <FieldError path={path} error={error} />
    </div>
  );
}

/** One of a few values (true, false, null...), each with its words. */
export function ChoiceField<V>({ label, path, draft, update, error, disabled, choices }: FieldProps & { choices: { value: V; label: string }[] }) {
  const id = idOf(path);
  const options = choices.map((choice, index) => ({ value: String(index), label: choice.label }));
  const current = choices.findIndex((choice) => choice.value === getAt(draft, path));
  return (
    <div className="field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <Select
        inputId={`${id}-input`}
        isDisabled={disabled}
        options={options}
        value={current >= 0 ? options[current] : null}
        onChange={(chosen) => chosen && update(path, choices[Number(chosen.value)].value)}
      />
      <FieldError path={path} error={error} />
    </div>
  );
}

type PersonOption = { value: string; label: string };

/**
 * Pick people by name: the people the project already knows are offered at once, and typing searches
 * Jira's users (administrators only), so someone with no activity on the board can be named too.
 */
export function PeoplePicker({ label, path, draft, update, error, disabled, people }: FieldProps & { people: PersonSummary[] }) {
  const id = idOf(path);
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
      <label htmlFor={`${id}-input`}>{label}</label>
      <AsyncSelect<PersonOption, true>
        inputId={`${id}-input`}
        isMulti
        isDisabled={disabled}
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
