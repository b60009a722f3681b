/**
 * The board's workflow as the flow figures read it (docs/metrics.md, "Flow"):
 * - a status belongs to the first board column that lists it; a status on no column belongs to none;
 * - a status is in progress when it is on a column and either its category is In Progress or its
 *   column is one the settings name (`flow.inProgressColumns`, matched ignoring case), unless its
 *   category is Done: done work is never in progress. A status on no column is never in progress.
 * - the items that count are the standard ones: no sub-tasks, nothing above the story level.
 */
import type { BoardData } from '../../domain/types';
import type { FlowColumn } from '../../domain/report';

export interface Workflow {
  columns: FlowColumn[];
  /** Status id -> index of its column. */
  columnOf: Map<string, number>;
  /** Status ids that count as in progress. */
  inProgress: Set<string>;
}

export function readWorkflow(data: BoardData, inProgressColumns: readonly string[]): Workflow {
  const named = new Set(inProgressColumns.map((name) => name.trim().toLowerCase()));
  const columnOf = new Map<string, number>();
  const inProgress = new Set<string>();
  const columns = data.config.columns.map((column, index) => {
    const byName = named.has(column.name.trim().toLowerCase());
    let anyInProgress = false;
    for (const statusId of column.statusIds) {
      if (columnOf.has(statusId)) continue;
      columnOf.set(statusId, index);
      const category = data.statusCategories[statusId];
      if (category !== 'done' && (category === 'indeterminate' || byName)) {
        inProgress.add(statusId);
        anyInProgress = true;
      }
    }
    return { name: column.name, inProgress: anyInProgress };
  });
  return { columns, columnOf, inProgress };
}
