/**
 * The fixed stretches of time some figures look over (docs/metrics.md, "Ordering stability" and
 * "Flow figures"): one
 * place for the analysis that counts over them and the vocabulary that names them. Windows the
 * settings set are in the settings.
 */

/** Rank changes per week on near-term items are counted over this many days. */
export const NEAR_TERM_RANK_WINDOW_DAYS = 28;

/** Today's backlog order is compared with the snapshot of this many days ago ("a week ago")... */
export const WEEK_AGO_DAYS = 7;

/** ...and with the one of this many days ago. */
export const MONTH_AGO_DAYS = 28;

/** The stretches of time the flow figures look at (docs/metrics.md, "Flow figures"). */
export const FLOW_WINDOW = {
  /** Throughput: full ISO weeks before the current one. */
  throughputWeeks: 12,
  /** Cycle time: items finished in this many days before now. */
  cycleTimeDays: 90,
  /** Work in progress and cumulative flow: full days before today, then now. */
  days: 30,
} as const;
