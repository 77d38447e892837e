import { DialforgeError, isDialforgeError } from '../errors.ts';

/** Exit codes: 0 everything worked, 1 some inputs failed, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_PARTIAL = 1;
export const EXIT_USAGE = 2;

/**
 * Wraps a command action: the action returns its exit code; a DialforgeError becomes its message on
 * stderr (never a stack trace) and exit code 2 for usage/config errors, 1 otherwise. The exit code is
 * stored on process.exitCode; only main.ts exits.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number> | number): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = await fn(...args);
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

export function reportError(error: unknown): number {
  if (isDialforgeError(error)) {
    process.stderr.write(`dialforge: ${formatError(error)}\n`);
    return error.code === 'E_USAGE' || error.code === 'E_CONFIG' ? EXIT_USAGE : EXIT_PARTIAL;
  }
  // The file system refused (disk full, permissions): the user's to fix, so no stack trace.
  const system = error as NodeJS.ErrnoException;
  if (error instanceof Error && typeof system.code === 'string' && typeof system.syscall === 'string') {
    const where = system.path ? ` ${system.path}` : '';
    process.stderr.write(`dialforge: cannot ${system.syscall}${where}: ${error.message}. Check the free space and permissions of that folder (or choose another one).\n`);
    return EXIT_PARTIAL;
  }
  // An unexpected failure is a bug in dialforge: show the stack so it can be reported.
  process.stderr.write(`dialforge: internal error (please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_PARTIAL;
}

export function formatError(error: DialforgeError): string {
  const where = error.file ? `${error.file}${error.location ? `:${error.location}` : ''}: ` : '';
  return `${where}${error.message}`;
}

/**
 * Resolves once everything written to stdout and stderr so far has been handed to the OS. Writes to a
 * pipe are asynchronous in Node: exiting before they finish cuts the output (at 64 KB, a pipe's buffer).
 * A reader that went away (EPIPE: `| head`) ends the wait too.
 */
export async function drainOutput(): Promise<void> {
  await Promise.all(
    [process.stdout, process.stderr].map(
      (stream) =>
        new Promise<void>((resolve) => {
          if (stream.destroyed || stream.writableEnded) return resolve();
          const done = (): void => {
            stream.off('error', done);
            resolve();
          };
          stream.once('error', done);
          stream.write('', done);
        }),
    ),
  );
}
