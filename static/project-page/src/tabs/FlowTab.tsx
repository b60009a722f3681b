/**
 * Flow: throughput, cycle time, the age of the work in progress, work in progress and the cumulative
 * flow over the last days (docs/metrics.md, "Flow"), on every board. The forecasts are on the
 * Backlog tab, and the running sprint's chance on the Sprints tab, where the Product Owner and the
 * Scrum Master look for them.
 */
import type { Report } from '../../../../src/domain/report';
import { flowFigures, inProgressColumnsInWords } from '../../../../src/report/format/flow-figures';
import { FigureCards } from '../../../shared/figures';
import { IssueKeys, Notice } from '../../../shared/ui';
import { AgeingChart } from './flow/AgeingChart';
import { CumulativeFlow } from './flow/CumulativeFlow';
import { CycleTimeChart } from './flow/CycleTimeChart';
import { ThroughputChart } from './flow/ThroughputChart';

export function FlowTab({ report }: { report: Report }) {
  const flow = report.flow;
  if (!flow) {
    return (
      <Notice title="No flow figures">
        <p>This report has no flow figures. {report.capabilities.limitations.join(' ')}</p>
      </Notice>
    );
  }
  const unmeasured = [
    { keys: flow.finishedWithoutStart, text: 'Finished without ever being in progress (no cycle time):' },
    { keys: flow.movedBackward, text: 'Moved back to an earlier column before being done:' },
    { keys: flow.movedAfterDone, text: 'Changed status after being done:' },
  ].filter((list) => list.keys.length > 0);
  return (
    <div className="stack" data-testid="flow">
      <FigureCards figures={flowFigures(flow)} />
      <p className="muted">{inProgressColumnsInWords(flow)}</p>
      <section aria-labelledby="throughput-heading" className="stack">
        <h2 className="section" id="throughput-heading">
          How much is finished
        </h2>
        <ThroughputChart flow={flow} />
      </section>
      <section aria-labelledby="cycle-heading" className="stack">
        <h2 className="section" id="cycle-heading">
          How long work takes
        </h2>
        <CycleTimeChart flow={flow} />
        <AgeingChart flow={flow} />
      </section>
      <section aria-labelledby="wip-heading" className="stack">
        <h2 className="section" id="wip-heading">
          Work in progress and the flow through the board
        </h2>
        <CumulativeFlow flow={flow} />
      </section>
      {unmeasured.length > 0 ? (
        <section aria-labelledby="unmeasured-heading" data-testid="flow-unmeasured">
          <h2 className="section" id="unmeasured-heading">
            Items the figures cannot measure as they should
          </h2>
          {unmeasured.map((list) => (
            <p key={list.text}>
              {list.text} <IssueKeys keys={list.keys} limit={20} />
            </p>
          ))}
        </section>
      ) : null}
    </div>
  );
}
