import { StoreUnavailableError } from '../domain/errors.js';
import type { GraphStore } from '../graph/port.js';

/** Replaced by the Neo4j adapter wiring once the adapter lands. */
export async function openNeo4jStoreFromEnv(
  uri: string,
  _env: NodeJS.ProcessEnv,
): Promise<GraphStore> {
  throw new StoreUnavailableError(
    `the Neo4j adapter is not available in this build (asked for ${uri})`,
  );
}
