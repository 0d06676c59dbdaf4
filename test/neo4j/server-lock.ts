import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Neo4j Community has one user database, and tests wipe it; jest runs files in parallel
 * workers, so Neo4j test files take this cross-process lock (a directory, atomic to create)
 * and run one at a time while the rest of the suite runs beside them.
 */
export const acquireServerLock = async (uri: string, timeoutMs = 600_000): Promise<() => void> => {
  const dir = join(
    tmpdir(),
    `quotegraph-neo4j-${createHash('sha1').update(uri).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        // owner still writing its pid
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(dir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${dir}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
};
