/**
 * Beside Save, after a save that was refused: what went wrong, and a link to each field with a
 * problem. It takes the focus when it appears (`focusKey` changes), so a keyboard or screen-reader
 * user lands on it; each link moves the focus to its field (opening its section first, `reveal`).
 */
import { useEffect, useRef } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { plural } from '../../../../src/vocabulary';
import { fieldId } from '../tabs/settingsFields';
import { settingLabel } from './labels';

export interface FieldProblem {
  path: string;
  message: string;
}

export function ErrorSummary({ message, problems, focusKey, reveal }: { message: string; problems: FieldProblem[]; focusKey: number; reveal: (path: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) box.current?.focus();
  }, [focusKey]);

  const goTo = (path: string) => {
    reveal(path);
    // After the section opens: then the field exists.
    requestAnimationFrame(() => {
      const target = document.getElementById(fieldId(path));
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    });
  };

  return (
    <div ref={box} tabIndex={-1} role="group" className="error-summary" data-testid="settings-error" aria-labelledby="settings-error-title">
      <SectionMessage appearance="error" title={problems.length > 0 ? `${plural(problems.length, 'setting needs', 'settings need')} a change` : 'The settings were not saved'}>
        <p id="settings-error-title">{message}</p>
        {problems.length > 0 ? (
          <ul>
            {problems.map((problem) => (
              <li key={problem.path}>
                <a
                  href={`#${fieldId(problem.path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(problem.path);
                  }}
                >
                  {settingLabel(problem.path)}
                </a>
                : {problem.message}
              </li>
            ))}
          </ul>
        ) : null}
      </SectionMessage>
    </div>
  );
}
