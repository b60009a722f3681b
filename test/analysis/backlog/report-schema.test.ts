/** The backlog section we build must match the backlogSection of docs/report.schema.json. */
import Ajv2020 from 'ajv/dist/2020';
import { reportSchema } from '../../../src/report/schema';
import { analyseBacklog } from '../../../src/analysis/backlog';
import { NOW, boardData, capacityTenSprints, daysAgo, issue, rankChange, settings, sprint } from './fixtures';
import { boardInput } from '../history/board-input';

const schema = reportSchema as unknown as { $defs: Record<string, unknown> };
const validate = new Ajv2020({ allErrors: true, strict: false }).compile({ $defs: schema.$defs, $ref: '#/$defs/backlogSection' });

describe('backlog section against the report schema', () => {
  it('a full section is valid', () => {
    const data = boardData(
      [issue('AB-1', { changelog: [rankChange('alice', daysAgo(2)), rankChange(null, daysAgo(3))] }), issue('AB-2', { labels: ['tech'], sprintIds: [2] }), issue('AB-3', { flagged: true })],
      { sprints: [sprint(2, 'future')] },
    );
    const section = analyseBacklog({ ...boardInput(data), settings: settings(), closedSprints: capacityTenSprints(), snapshots: [{ boardId: 1, takenAt: daysAgo(7), keys: ['AB-2', 'AB-1'] }], now: NOW });
    expect(validate(section) ? [] : validate.errors).toEqual([]);
  });
  it('an empty section without sprints is valid', () => {
    const section = analyseBacklog({ ...boardInput(boardData([])), settings: settings(), closedSprints: [], snapshots: [], now: NOW });
    expect(validate(section) ? [] : validate.errors).toEqual([]);
  });
});
