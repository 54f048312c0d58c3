/**
 * `--name=value` options of the command-line scripts, read one way instead of a
 * `process.argv.find(...)?.slice(n)` per option (whose hand-counted `n` must match the name).
 */

/** The value of `--name=value`, or undefined when the option is not given (the first one counts). */
export function optionValue(name: string, argv: readonly string[] = process.argv): string | undefined {
  const prefix = `--${name}=`;
  return argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

/** `--name=a,b,c` as ['a', 'b', 'c'], or undefined when the option is not given. */
export function listOption(name: string, argv: readonly string[] = process.argv): string[] | undefined {
  return optionValue(name, argv)?.split(',');
}
