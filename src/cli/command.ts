// The shape of one subcommand. Each lives in its own file (`extractCommand.ts`, …) and is
// listed once in the table in `main.ts`.

export interface CliCommand {
  /** The word after `invest-news`. */
  readonly name: string;
  /** One line for `invest-news --help`. */
  readonly summary: string;
  /** The full `invest-news NAME --help` text. */
  readonly usage: string;
  /**
   * Runs with the arguments after the name (`--help` is handled by main). Writes results to
   * stdout; reports a problem by throwing `CliError` (one line, non-zero exit). Resolves with
   * the exit status when it is not 0 (some articles could not be processed, the rest were).
   */
  run(argv: readonly string[]): Promise<number | void>;
}
