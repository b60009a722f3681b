/**
 * Sprint hygiene, as data quality (docs/metrics.md, "Sprint hygiene"): what in the way a sprint was
 * run bends its figures, the items concerned, what it does, and where our figure differs from Jira's
 * sprint report, why.
 */
import type { HygieneNote } from '../../../../../src/domain/report';
import { HYGIENE_NAME } from '../../../../../src/vocabulary';
import { IssueKeys } from '../../../../shared/ui';

export function Hygiene({ notes, testId }: { notes: HygieneNote[]; testId: string }) {
  return (
    <section aria-label="What bends this sprint’s figures" data-testid={testId}>
      <h3 className="subsection">What bends the figures</h3>
      {notes.length === 0 ? (
        <p className="muted">Nothing in how this sprint was run bends its figures.</p>
      ) : (
        <ul className="plain stack">
          {notes.map((note) => (
            <li key={note.kind} data-hygiene={note.kind}>
              <strong>{HYGIENE_NAME[note.kind]}</strong>: <IssueKeys keys={note.issueKeys} />
              <br />
              {note.effect}
              {note.jiraDiffers ? (
                <>
                  <br />
                  <span className="muted">Against Jira’s sprint report: {note.jiraDiffers}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
