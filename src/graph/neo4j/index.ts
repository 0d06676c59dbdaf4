export { Neo4jStore, openNeo4jStore } from './neo4j-store.js';
export {
  DEFAULT_BATCH_SIZE,
  isNeo4jStoreUri,
  neo4jOptionsFromEnv,
  type Neo4jStoreOptions,
} from './options.js';
