import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { defineGraphStoreContract } from './contract.js';

defineGraphStoreContract('embedded', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'quotegraph-contract-'));
  const store = await openEmbeddedStore({ dir });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
