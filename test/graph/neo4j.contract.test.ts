import { describeNeo4j, openCleanStore } from '../neo4j/test-env.js';
import { defineGraphStoreContract } from './contract.js';

describeNeo4j('Neo4j adapter', () => {
  defineGraphStoreContract('neo4j', async () => {
    const store = await openCleanStore();
    return { store, cleanup: () => store.close() };
  });
});
