/** The CLI's exit codes (documented in --help). */
export const EXIT = {
  /** Every asked-for project was audited in full. */
  ok: 0,
  /** The audit finished, but at least one project failed or is partial (stderr says which). */
  someProjectsFailed: 1,
  /** Bad flags, a settings file that does not validate, or an output file that cannot be written. */
  usage: 2,
  /** Jira could not be reached or did not accept the credentials. */
  cannotReachJira: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem that ends the run with a given exit code and a plain message for stderr. */
export class CliFailure extends Error {
  readonly exitCode: ExitCode;
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = exitCode;
  }
}
