/**
 * One writer per output folder: `<out>/.dialforge.lock` holds who writes there (pid, host, start time,
 * command). A second run is refused with that holder named; a lock whose process is gone (killed with -9,
 * the machine rebooted) is stale and taken over, with a notice.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DialforgeError } from '../errors.ts';

export const LOCK_NAME = '.dialforge.lock';

interface LockHolder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export interface OutLock {
  file: string;
  release(): void;
}

/** Takes the lock of `dir` (which must exist) or throws E_LOCKED naming the run that holds it. */
export function lockOutDir(dir: string, command: string, notice: (text: string) => void = () => {}): OutLock {
  const file = join(dir, LOCK_NAME);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written aside and linked into place: the lock appears whole or not at all (link fails if it exists).
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify(me)}\n`);
      linkSync(tmp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DialforgeError('E_WRITE', `cannot create the lock ${file}: ${(error as Error).message}. Choose a writable --out folder.`, { file });
      }
      const holder = readHolder(file);
      if (holder && !isGone(holder)) {
        throw new DialforgeError(
          'E_LOCKED',
          `${dir} is in use by another run: pid ${holder.pid} on ${holder.host}, started ${holder.started} (${holder.command}). Two runs on one --out would mix their records: wait for it to end, or choose another --out. If that process is gone (another machine, a container), delete ${file}.`,
          { file },
        );
      }
      notice(holder ? `took over the stale lock of pid ${holder.pid} on ${holder.host} (started ${holder.started}; that process is gone)` : `replaced the unreadable lock ${file}`);
      rmSync(file, { force: true });
      continue;
    }
    finally {
      rmSync(tmp, { force: true });
    }
    let released = false;
    return {
      file,
      release: () => {
        if (released) return;
        released = true;
        // Only our own lock: a run that took over a lock it judged stale must keep it.
        if (readHolder(file)?.pid === me.pid && readHolder(file)?.started === me.started) rmSync(file, { force: true });
      },
    };
  }
  throw new DialforgeError('E_LOCKED', `cannot take the lock ${file}: other runs keep taking it. Choose another --out.`, { file });
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.started === 'string') {
      return { pid: value.pid, host: value.host, started: value.started, command: typeof value.command === 'string' ? value.command : '?' };
    }
  } catch {
    // unreadable or half-written: judged below as gone only if it stays so
  }
  return undefined;
}

/** A holder on this machine whose process no longer exists. One on another host cannot be checked: kept. */
function isGone(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
