import type { GraphStore } from '../graph/port.js';
import { openNeo4jStore } from '../graph/neo4j/index.js';

/** Credentials and database come from the environment so they never appear in shell history. */
export async function openNeo4jStoreFromEnv(
  uri: string,
  env: NodeJS.ProcessEnv,
): Promise<GraphStore> {
  const batchSize = env.NEO4J_BATCH_SIZE ? Number.parseInt(env.NEO4J_BATCH_SIZE, 10) : undefined;
  return openNeo4jStore({
    uri,
    user: env.NEO4J_USER || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
    batchSize,
  });
}
