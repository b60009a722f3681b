/** Backlog: ready runway against the 1-3 sprint band, near-term readiness, ordering stability, technical work. */
import { Bar, BarChart, CartesianGrid, ReferenceArea, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BacklogSection, Report } from '../../../../src/domain/report';
import type { ProjectSettings } from '../../../../src/domain/settings';
import { backlogFigures, technicalFigures } from '../../../../src/report/format/figures';
import {
  FIGURE,
  INTERLEAVING_MEANING,
  NO_SPRINT_FIGURES,
  failedChecksInWords,
  percent,
  plural,
  points,
  readyChecksInWords,
  settingsWindows,
  sprints,
} from '../../../../src/vocabulary';
import { AXIS_TICK, CHART_COLORS } from '../../../shared/charts';
import { FigureCards, FigureList } from '../../../shared/figures';
import { ChartFigure, IssueKey, Notice } from '../../../shared/ui';
import { stripDescription } from '../stripDescription';
import { Ordering } from './Ordering';
import { Forecast } from './Forecast';
import { PagedIssueKeys, type KeyListSource } from './PagedIssueKeys';

export function BacklogTab({ report, settings, keyLists }: { report: Report; settings: ProjectSettings | null; keyLists: KeyListSource }) {
  const backlog = report.backlog;
  const windows = settingsWindows(settings);
  const untouched = windows.staleDays === null ? 'for a long time' : `for ${plural(windows.staleDays, 'day')} or more`;
  if (!backlog) {
    return (
      <Notice title="No backlog figures">
        <p>This report has no backlog figures. {report.capabilities.limitations.join(' ')}</p>
      </Notice>
    );
  }
  // A board without sprints has no capacity: what is measured in sprints of it does not apply (docs/metrics.md).
  const runsSprints = report.capabilities.runsSprints;
  const depth = runsSprints && backlog.depthSprints !== null ? `, about ${sprints(backlog.depthSprints)} of work at the current pace` : '';
  return (
    <div className="stack" data-testid="backlog">
      {runsSprints ? null : (
        <p className="muted" data-testid="no-sprint-figures">
          {NO_SPRINT_FIGURES}
        </p>
      )}
      <FigureCards figures={backlogFigures(backlog, windows, runsSprints)} />
      {runsSprints ? <RunwayChart runway={backlog.readyRunwaySprints} /> : null}
      <NearTerm backlog={backlog} />
      <Forecast report={report} />
      <Ordering backlog={backlog} report={report} windows={windows} />
      <Technical backlog={backlog} />
      <section aria-labelledby="depth-heading">
        <h2 className="section" id="depth-heading">
          {runsSprints ? 'Depth and staleness' : 'Staleness'}
        </h2>
        <p data-testid="stale-items">
          The backlog holds {plural(backlog.size, 'item')}
          {depth}. {plural(backlog.stale.count, 'item has', 'items have')} not been touched {untouched}:{' '}
          <PagedIssueKeys key={keyLists.computedAt} list="stale" first={backlog.stale.keys} source={keyLists} />
        </p>
        {runsSprints ? (
          <p>
            Over-specification: {percent(backlog.overSpecification.share)} of the {plural(backlog.overSpecification.distantCount, 'distant item')}{' '}
            already carry detailed work (estimates, sub-tasks or long acceptance criteria):{' '}
            <PagedIssueKeys key={keyLists.computedAt} list="overSpecified" first={backlog.overSpecification.detailedKeys} source={keyLists} />
          </p>
        ) : null}
      </section>
    </div>
  );
}

function RunwayChart({ runway }: { runway: number | null }) {
  const shown = runway ?? 0;
  const top = Math.max(4, Math.ceil(shown) + 1);
  const verdict =
    runway === null ? 'cannot be measured yet' : runway < 1 ? 'below the healthy band' : runway > 3 ? 'above the healthy band' : 'inside the healthy band';
  return (
    <ChartFigure
      title="Ready runway against the healthy band of 1 to 3 sprints"
      summary={`Ready runway ${sprints(runway)}, ${verdict} of 1 to 3 sprints.`}
      table={
        <table className="data">
          <tbody>
            <tr>
              <th>Ready runway</th>
              <td>{sprints(runway)}</td>
            </tr>
            <tr>
              <th>Healthy band</th>
              <td>1 to 3 sprints</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={110}>
        <BarChart layout="vertical" data={[{ name: 'Runway', runway: shown }]} margin={{ left: 10, right: 20 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <ReferenceArea x1={1} x2={3} fill={CHART_COLORS.band} fillOpacity={0.8} />
          <XAxis type="number" domain={[0, top]} tick={AXIS_TICK} unit=" sp" />
          <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={70} />
          <Bar dataKey="runway" fill={CHART_COLORS.primary} barSize={28} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

function NearTerm({ backlog }: { backlog: BacklogSection }) {
  const failing = backlog.nearTerm.filter((item) => item.failedChecks.length > 0);
  return (
    <section aria-labelledby="near-term-heading">
      <h2 className="section" id="near-term-heading">
        Near-term items that are not ready ({failing.length} of {backlog.nearTerm.length})
      </h2>
      <FigureList figures={[{ id: 'definition-of-ready', name: FIGURE.definitionOfReady, value: readyChecksInWords(backlog.checksInForce) }]} />
      {failing.length === 0 ? (
        <p>Every near-term item meets the Definition of Ready.</p>
      ) : (
        <table className="data" data-testid="near-term-table">
          <thead>
            <tr>
              <th>Near-term item</th>
              <th>Summary</th>
              <th className="num">Estimate</th>
              <th>Not ready because</th>
            </tr>
          </thead>
          <tbody>
            {failing.map((item) => (
              <tr key={item.key}>
                <td>
                  <IssueKey issueKey={item.key} />
                </td>
                <td>
                  {item.summary}
                  {item.technical ? <span className="muted"> (technical)</span> : null}
                </td>
                <td className="num">{item.estimate === null ? 'none' : points(item.estimate)}</td>
                <td>{failedChecksInWords(item.failedChecks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Technical({ backlog }: { backlog: BacklogSection }) {
  const { technical, strip } = backlog;
  return (
    <section aria-labelledby="technical-heading">
      <h2 className="section" id="technical-heading">
        Technical and functional work in rank order
      </h2>
      <FigureList figures={technicalFigures(technical)} />
      <p className="muted">{INTERLEAVING_MEANING}</p>
      <figure className="chart">
        <figcaption>The backlog from top to bottom</figcaption>
        <div
          className="strip"
          role="img"
          aria-label={stripDescription(strip)}
          data-testid="backlog-strip"
        >
          {strip.map((item) => (
            <span
              key={item.key}
              title={`${item.key}: ${item.technical ? 'technical' : 'functional'}${item.ready ? ', ready' : ', not ready'}`}
              className={`${item.technical ? 'technical' : 'functional'}${item.ready ? '' : ' unready'}`}
            />
          ))}
        </div>
        <p className="muted">
          <span className="legend">
            <span className="strip">
              <span className="technical" />
            </span>
            technical
          </span>
          <span className="legend">
            <span className="strip">
              <span className="functional" />
            </span>
            functional
          </span>
          <span className="legend">faded: not ready</span>
        </p>
      </figure>
    </section>
  );
}
