/**
 * The running sprint's chance to finish its open items by its planned end (docs/metrics.md,
 * "Forecasts"), as a bar filled to the chance, in words, and with what it rests on.
 */
import type { SprintChance as Chance } from '../../../../src/domain/report';
import { sprintChanceFigures } from '../../../../src/report/format/flow-figures';
import { percent, plural } from '../../../../src/vocabulary';
import { FigureList } from '../../../shared/figures';

export function SprintChance({ chance }: { chance: Chance | null | undefined }) {
  if (!chance) return null;
  return (
    <section aria-labelledby="sprint-chance-heading" data-testid="sprint-chance">
      <h2 className="section" id="sprint-chance-heading">
        Will {chance.name} finish its open items?
      </h2>
      {chance.unavailable !== null ? (
        <p>{chance.unavailable}</p>
      ) : (
        <>
          <FigureList figures={sprintChanceFigures(chance)} />
          <div className="chance" role="img" aria-label={`A ${percent(chance.chance)} chance to finish the open items by the planned end.`}>
            <span style={{ width: percent(chance.chance) }} />
          </div>
          <p className="muted">
            From {plural(chance.sampledDays, 'day')} of the last closed sprints: in each trial the team finishes, day by day, as many items as on a day of
            those sprints drawn at random; the chance is the share of trials that finish every open item in time.
          </p>
        </>
      )}
    </section>
  );
}
