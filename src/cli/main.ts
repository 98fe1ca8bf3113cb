// `invest-news`: the command line (bundled to dist/cli.js, started by bin/invest-news.js).
// Each subcommand is one file exporting a `CliCommand`; to add one, import it and add it to
// COMMANDS. Every failure is one line `invest-news: …` and a non-zero exit, never a stack trace.
import { version as VERSION } from '../../package.json';
import { agreeCommand } from './agreeCommand';
import { checkCommand } from './checkCommand';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cliError';
import type { CliCommand } from './command';
import { exportCommand } from './exportCommand';
import { extractCommand } from './extractCommand';
import { importCommand } from './importCommand';
import { limitInlining } from './inliningBudget';
import { mergeCommand } from './mergeCommand';
import { handleClosedStdout, terminalSafe } from './output';
import { summaryCommand } from './summaryCommand';

const COMMANDS: readonly CliCommand[] = [
  extractCommand,
  summaryCommand,
  exportCommand,
  importCommand,
  agreeCommand,
  mergeCommand,
  checkCommand,
];

function topLevelUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: invest-news COMMAND [ARGS…]

Finds and totals money, parks, projects and companies in Chinese investment-promotion news.

Commands:
${lines.join('\n')}

Run \`invest-news COMMAND --help\` for a command's options.`;
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || isHelp(name) || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(`${topic ? topic.usage : topLevelUsage()}\n`);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new CliError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`, EXIT_USAGE);
  if (rest.some(isHelp)) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return (await command.run(rest)) ?? 0;
}


function fail(error: unknown): never {
  if (error instanceof CliError) {
    process.stderr.write(`invest-news: ${oneLine(error.message)}\n`);
    process.exit(error.exitCode);
  }
  // A bug, not bad input: still one line, and how to get the details.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`invest-news: internal error: ${oneLine(message)} (set INVEST_NEWS_DEBUG=1 for the stack)\n`);
  if (process.env.INVEST_NEWS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(EXIT_FAILURE);
}

/** One terminal line: a name holding a line break or an escape sequence is shown escaped. */
function oneLine(text: string): string {
  return terminalSafe(text.trim(), true);
}

handleClosedStdout();
limitInlining();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  fail,
);
