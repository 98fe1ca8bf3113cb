// The one error the command line reports to the user: printed as a single line
// `invest-news: MESSAGE` with a non-zero exit, never with a stack trace.

/** Exit statuses: 1 = the input could not be processed, 2 = the command line was wrong. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
