// The command lines' shared start: arguments after `npm run x --` parsed strictly, and bad usage
// printed with the command's usage text and exit code 2, the same way for every command.
// Callers declare `const usage: (message: string) => never = usageExit(USAGE)`: with the type
// written out, TypeScript narrows values after a call to it.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Prints the problem and the usage, then exits with 2 (bad usage). */
export function usageExit(usageText: string): (message: string) => never {
  return (message) => {
    console.error(`${message}\n${usageText}`);
    process.exit(2);
  };
}

/** The command's options and positionals; a parse error goes to `usage`. */
export function parseCli<const O extends Options>(usage: (message: string) => never, options: O) {
  try {
    return parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), allowPositionals: true, strict: true, options });
  } catch (e) {
    return usage((e as Error).message);
  }
}
