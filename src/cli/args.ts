// Argument parsing for every subcommand: Node's own `util.parseArgs` (no dependency), with its
// errors turned into one-line usage errors and `choices` checked.
import { parseArgs as nodeParseArgs } from 'node:util';
import { CliError, EXIT_USAGE } from './cliError';

export type OptionSpec =
  | { type: 'boolean'; short?: string }
  | { type: 'string'; short?: string; choices?: readonly string[]; default?: string; multiple?: false };

export type OptionValues<S extends Record<string, OptionSpec>> = {
  [K in keyof S]: S[K] extends { type: 'boolean' } ? boolean : S[K] extends { default: string } ? string : string | undefined;
};

export interface ParsedArgs<S extends Record<string, OptionSpec>> {
  positionals: string[];
  options: OptionValues<S>;
}

/** Parses `argv` against `spec`; unknown options, missing values and bad choices throw a usage `CliError`. */
export function parseArgs<S extends Record<string, OptionSpec>>(command: string, argv: readonly string[], spec: S): ParsedArgs<S> {
  const nodeSpec: Record<string, { type: 'boolean' | 'string'; short?: string }> = {};
  for (const [name, option] of Object.entries(spec)) nodeSpec[name] = option.short ? { type: option.type, short: option.short } : { type: option.type };
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = nodeParseArgs({ args: [...argv], options: nodeSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${command}: ${describeParseError(error)} (see \`invest-news ${command} --help\`)`, EXIT_USAGE);
  }
  const options: Record<string, string | boolean | undefined> = {};
  for (const [name, option] of Object.entries(spec)) {
    const raw = parsed.values[name];
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (option.type === 'boolean') {
      options[name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value : option.default;
    if (text !== undefined && option.choices && !option.choices.includes(text)) {
      throw new CliError(`${command}: --${name} must be one of ${option.choices.join(', ')}, not "${text}"`, EXIT_USAGE);
    }
    options[name] = text;
  }
  return { positionals: parsed.positionals, options: options as OptionValues<S> };
}

/** `util.parseArgs` messages are long and mention internals; keep the first sentence. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
  return first.replace(/^Unknown option '([^']+)'.*$/, 'unknown option $1').replace(/\.$/, '');
}
