import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StoreCorruptError } from '../../domain/errors.js';
import type { Article, Entity, Statement, StatementCorrection } from '../../domain/model.js';

export const STORE_FORMAT = 'quotegraph-embedded';
export const STORE_VERSION = 1;
export const STORE_FILE = 'store.json';

/** Everything the embedded store persists; indexes are rebuilt from it on load. */
export interface Snapshot {
  format: typeof STORE_FORMAT;
  version: number;
  articles: Article[];
  entities: Entity[];
  /** Statements as extracted (corrections are re-applied on load). */
  statements: Statement[];
  corrections: StatementCorrection[];
  /** [mergedId, survivorId]: later ingests naming mergedId land on survivorId. */
  redirects: [string, string][];
  /** Article id → fingerprint of the graph last upserted for it. */
  fingerprints: [string, string][];
  /** Entity id → ids of the articles that mention it (an entity with none is dropped). */
  entityArticles: [string, string[]][];
}

export const emptySnapshot = (): Snapshot => ({
  format: STORE_FORMAT,
  version: STORE_VERSION,
  articles: [],
  entities: [],
  statements: [],
  corrections: [],
  redirects: [],
  fingerprints: [],
  entityArticles: [],
});

export async function readSnapshot(file: string): Promise<Snapshot | null> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: Partial<Snapshot>;
  try {
    parsed = JSON.parse(raw) as Partial<Snapshot>;
  } catch (cause) {
    throw new StoreCorruptError(`store file ${file} is not valid JSON; it was left untouched`, {
      cause,
    });
  }
  if (parsed.format !== STORE_FORMAT || parsed.version !== STORE_VERSION) {
    throw new StoreCorruptError(
      `store file ${file} has format ${String(parsed.format)} v${String(parsed.version)}, expected ${STORE_FORMAT} v${STORE_VERSION}`,
    );
  }
  return { ...emptySnapshot(), ...parsed } as Snapshot;
}

/**
 * Writes the snapshot so that a crash at any moment leaves either the old or the new file:
 * temp file, fsync, rename over the target, fsync the directory.
 */
export async function writeSnapshotAtomically(file: string, snapshot: Snapshot): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${STORE_FILE}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(JSON.stringify(snapshot));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, file);
  const dirHandle = await open(dir, constants.O_RDONLY);
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}

/** Temp files a killed writer left behind are never valid snapshots: remove them. */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const stale = names.filter((n) => n.startsWith(`.${STORE_FILE}.`) && n.endsWith('.tmp'));
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
}
