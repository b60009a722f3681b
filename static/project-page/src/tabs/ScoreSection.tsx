/**
 * The health score on the Overview: the total and its sum ("100 − 2 × 25 − 1 × 10 = 40"), how much
 * of what applies could be checked, the sub-scores, the thresholds this project set itself, and the
 * points lost by signal (docs/metrics.md, "The health score").
 */
import type { Report } from '../../../../src/domain/report';
import { scoreFigures } from '../../../../src/report/format/figures';
import { ownSettingsFigures } from '../../../../src/report/format/changes';
import { AREA_NAME, FIGURE, NOT_ENOUGH_DATA, SCORE_AREAS, plural } from '../../../../src/vocabulary';
import { signalName } from '../../../shared/signal-labels';
import { Card, FigureList } from '../../../shared/figures';
import { SeverityLozenge, TrafficLightLozenge } from '../../../shared/ui';

export function ScoreSection({ report }: { report: Report }) {
  const { score } = report;
  const figures = new Map(scoreFigures(score).map((figure) => [figure.id, figure]));
  const value = (id: string) => figures.get(id)?.value ?? '';
  const titleOf = (id: string) => report.signals.find((signal) => signal.id === id)?.title ?? signalName(id);
  return (
    <section aria-labelledby="score-heading" className="stack">
      <h2 className="section" id="score-heading">
        Health score
      </h2>
      <div className="cards">
        <div className="card" data-testid="score-total">
          <div className="figure">{value('score-total')}</div>
          <div className="muted">{FIGURE.healthScore}</div>
          <div className="muted">{score.total === null ? 'No signal could be checked.' : 'Out of 100.'}</div>
          <TrafficLightLozenge light={score.trafficLight} none={score.provisional ? NOT_ENOUGH_DATA : undefined} />
        </div>
        {SCORE_AREAS.map((area) => (
          <Card key={area} label={`${AREA_NAME[area]} score`} value={value(`score-${area}`)} testId={`score-${area}`} />
        ))}
      </div>
      {/* A div apart, so that the stack spaces the list from the cards (the list has no margins of its own). */}
      <div>
        <FigureList figures={['score-arithmetic', 'signals-checked'].flatMap((id) => figures.get(id) ?? [])} />
      </div>
      {score.provisional ? (
        <p data-testid="score-provisional">
          Too little could be checked to judge this project&apos;s health yet: the score is provisional until at least 60% of the signals that
          apply can be checked. The signals below say what each one is waiting for.
        </p>
      ) : null}
      {report.customThresholds.length > 0 || score.switchedOff.length > 0 ? (
        <div data-testid="own-settings">
          <p>
            <strong>This project does not use the default settings for every signal, so its score follows its own rules.</strong>
          </p>
          <div>
            <FigureList figures={ownSettingsFigures(report)} />
          </div>
        </div>
      ) : null}
      {score.deductions.length > 0 ? (
        <table className="data" aria-label="Points lost, by signal">
          <thead>
            <tr>
              <th>Signal</th>
              <th>Area</th>
              <th>Severity</th>
              <th className="num">Points lost</th>
            </tr>
          </thead>
          <tbody>
            {score.deductions.map((deduction) => (
              <tr key={`${deduction.signalId}-${deduction.area}`}>
                <td>{titleOf(deduction.signalId)}</td>
                <td>{AREA_NAME[deduction.area]}</td>
                <td>
                  <SeverityLozenge severity={deduction.severity} />
                </td>
                <td className="num">{deduction.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : score.total !== null ? (
        <p>No signal costs points: the score is the full 100 over what could be checked.</p>
      ) : null}
      {score.notChecked.length + score.notApplicable.length + score.switchedOff.length > 0 ? (
        <p className="muted" data-testid="score-not-checked">
          The score counts only the signals that were checked.{' '}
          {[
            score.notChecked.length ? `${plural(score.notChecked.length, 'signal')} could not be checked` : null,
            score.notApplicable.length ? `${plural(score.notApplicable.length, 'signal does', 'signals do')} not apply to this board` : null,
            score.switchedOff.length ? `${plural(score.switchedOff.length, 'signal is', 'signals are')} switched off` : null,
          ]
            .filter(Boolean)
            .join(', ')}
          : each is listed below with the reason.
        </p>
      ) : null}
    </section>
  );
}
