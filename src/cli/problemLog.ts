// What went wrong with some articles while the others were processed: an annotation file that
// cannot be used is reported in one line and the command goes on with the rest, then exits
// non-zero, so a script notices. Warnings (annotations that could not be placed again, a
// sidecar naming another article) are told and do not change the exit status.
import { EXIT_FAILURE } from './cliError';
import { terminalSafe } from './output';

export interface Findings {
  readonly warnings: readonly string[];
  readonly problems: readonly string[];
}

export class ProblemLog {
  private readonly warnings: string[] = [];
  private readonly problems: string[] = [];

  add(findings: Findings): void {
    this.warnings.push(...findings.warnings);
    this.problems.push(...findings.problems);
  }

  /** One line each on stderr, control characters escaped. */
  print(): void {
    for (const problem of this.problems) process.stderr.write(`invest-news: ${terminalSafe(problem)}\n`);
    for (const warning of this.warnings) process.stderr.write(`invest-news: warning: ${terminalSafe(warning)}\n`);
  }

  /** The command's exit status: failure when any annotation file could not be used. */
  exitStatus(): number {
    return this.problems.length > 0 ? EXIT_FAILURE : 0;
  }
}
