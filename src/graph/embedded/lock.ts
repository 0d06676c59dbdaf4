import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { QuotegraphError } from '../../domain/errors.js';

export const LOCK_FILE = 'store.lock';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Locks this process holds: a second store on the same directory in one process conflicts too. */
const held = new Set<string>();

export interface StoreLock {
  release(): Promise<void>;
}

/**
 * One writer per data directory: a second process writing the same snapshot would silently
 * overwrite the first one's data. A lock left by a dead process is taken over.
 */
export async function acquireLock(dir: string): Promise<StoreLock> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      const onExit = () => {
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', onExit);
      held.add(file);
      return {
        release: async () => {
          process.removeListener('exit', onExit);
          held.delete(file);
          onExit();
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      const busy = pid === process.pid ? held.has(file) : Number.isInteger(pid) && alive(pid);
      if (busy) {
        throw new QuotegraphError(
          'CONFLICT',
          `store ${dir} is in use by process ${pid}; stop it, ingest through its API, or use another --store`,
          { pid, dir },
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new QuotegraphError('CONFLICT', `could not lock store ${dir}`, { dir });
}
