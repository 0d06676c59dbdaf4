import { afterAll, beforeAll, describe } from '@jest/globals';
import { openNeo4jStore, type Neo4jStore } from '../../src/graph/neo4j/index.js';
import { acquireServerLock } from './server-lock.js';

/** Set by global setup for the workers; distinct from NEO4J_URI so no CLI test picks it up. */
export const URI_ENV = 'QUOTEGRAPH_TEST_NEO4J_URI';
export const SKIP_ENV = 'QUOTEGRAPH_TEST_NEO4J_SKIP';

export const neo4jTestUri = (): string | null => process.env[URI_ENV] || null;

/**
 * `describe` when a Neo4j is reachable, else `describe.skip` with the reason printed. Test files
 * using it hold the server lock while they run, since they wipe the one database.
 */
export const describeNeo4j = (name: string, body: () => void): void => {
  const uri = neo4jTestUri();
  if (uri) {
    describe(name, () => {
      let release: (() => void) | undefined;
      beforeAll(async () => {
        release = await acquireServerLock(uri);
      }, 700_000);
      afterAll(() => release?.());
      body();
    });
    return;
  }
  const reason = process.env[SKIP_ENV] ?? 'no Neo4j (set NEO4J_URI or build test/neo4j-launcher)';
  console.warn(`SKIPPED ${name}: ${reason}`);
  describe.skip(`${name} [skipped: ${reason}]`, body);
};

/** A store on the shared test server, emptied first so each test starts clean. */
export const openCleanStore = async (
  overrides: { batchSize?: number; uri?: string } = {},
): Promise<Neo4jStore> => {
  const store = await openNeo4jStore({
    uri: overrides.uri ?? neo4jTestUri()!,
    user: process.env.NEO4J_USER || undefined,
    password: process.env.NEO4J_PASSWORD || undefined,
    database: process.env.NEO4J_DATABASE || undefined,
    batchSize: overrides.batchSize,
  });
  await store.wipe();
  return store;
};
