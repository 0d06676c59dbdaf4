import { resolve } from 'node:path';
import type { GraphStore } from '../graph/port.js';
import { openEmbeddedStore } from '../graph/embedded/embedded-store.js';

export const DEFAULT_DATA_DIR = '.quotegraph';
const NEO4J_SCHEME = /^(neo4j|bolt)(\+s|\+ssc)?:\/\//;

export interface StoreChoice {
  kind: 'embedded' | 'neo4j';
  /** Data directory (embedded) or connection URI (neo4j). */
  location: string;
}

/**
 * Which store a command uses: `--store` wins (a directory, or a neo4j:// / bolt:// URI), then
 * NEO4J_URI, then QUOTEGRAPH_DATA_DIR, then ./.quotegraph.
 */
export function chooseStore(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): StoreChoice {
  const explicit = flag ?? env.NEO4J_URI;
  if (explicit && NEO4J_SCHEME.test(explicit)) return { kind: 'neo4j', location: explicit };
  return {
    kind: 'embedded',
    location: resolve(flag ?? env.QUOTEGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR),
  };
}

export async function openStore(
  choice: StoreChoice,
  options: { readOnly?: boolean } = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<GraphStore> {
  if (choice.kind === 'embedded')
    return openEmbeddedStore({ dir: choice.location, readOnly: options.readOnly });
  const { openNeo4jStoreFromEnv } = await import('./open-neo4j.js');
  return openNeo4jStoreFromEnv(choice.location, env);
}

/** Where the human-readable summary says the data went. */
export const describeStore = (choice: StoreChoice): string =>
  choice.kind === 'embedded' ? `${choice.location}/store.json` : choice.location;
